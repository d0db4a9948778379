import sharp from 'sharp';
import type { Locator } from '@playwright/test';
import { checkPage, expect, expectAccessible, expectNoHorizontalScroll, goVia, loginStaff, test, waitForMessage } from './support.ts';

/** A photo as a phone camera gives it, with the position where it was taken in its EXIF. */
const cameraPhoto = () => sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 90, g: 120, b: 160 } } })
  .withExif({ IFD0: { Make: 'Telefon' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '57/1 42/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '11/1 58/1 12/1' } })
  .jpeg().toBuffer();
const INTERNAL_NOTE = 'Intern anteckning (syns inte för hyresgästen)';
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A picture on the page that the browser really loaded and drew. */
async function expectImageShown(image: Locator): Promise<void> {
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

test('a tenant reports a fault with a photo, staff answer, the tenant replies, staff close it, and the tenant finds it again', async ({ page, browser }, info) => {
  const phone = info.project.name === 'phone';
  const word = phone ? 'Ventilationen' : 'Ytterdörren';
  const title = `${word} i serveringen`;

  await page.goto('/login');
  await page.getByLabel('Användarnamn').fill('lunden');
  await page.getByLabel('Lösenord').fill('Lunden#2026');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await checkPage(page, 'Hem');
  await page.getByRole('main').getByRole('link', { name: 'Nytt ärende' }).first().click();
  await checkPage(page, 'Nytt ärende');
  await page.getByLabel('Rubrik').fill(title);
  await page.getByLabel('Beskrivning').fill(`${word} låter mycket sedan i morse.`);
  await page.getByLabel('Kategori').selectOption({ label: 'Felanmälan' });
  await page.getByLabel('Avtal').selectOption({ label: '100101 · Lokal 1001, Utlandagatan 6' });
  // a phone offers its camera; a desktop picks files
  const photo = { name: 'skada.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto() };
  if (phone) {
    await expect(page.getByText('Ta foto')).toBeVisible();
    await expect(page.getByLabel('Ta foto')).toHaveAttribute('capture', 'environment');
    await page.getByLabel('Ta foto').setInputFiles(photo);
  } else {
    await expect(page.getByText('Ta foto')).toBeHidden();
    await page.getByLabel('Välj filer').setInputFiles([photo, { name: 'kvitto.pdf', mimeType: 'application/pdf', buffer: pdf }]);
    await expect(page.getByRole('button', { name: 'Ta bort kvitto.pdf' })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Ta bort skada.jpg' })).toBeVisible();
  await expect(page.getByText('Uppladdad').first()).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  const since = Date.now();
  await page.getByRole('button', { name: 'Skicka ärende' }).click();
  await checkPage(page, title);
  await expect(page.getByText('Registrerat').first()).toBeVisible();
  await expectImageShown(page.getByRole('img', { name: 'skada.jpg' }));
  // tapping the thumbnail shows the photo at full size, with a download link
  await expect(page.getByText(/Ärendet är registrerat/)).toBeVisible(); // announced in a live region
  await page.getByRole('button', { name: /skada\.jpg/ }).click();
  const viewer = page.getByRole('dialog', { name: /skada\.jpg/ });
  await expect(viewer).toBeVisible();
  await expectImageShown(viewer.getByRole('img', { name: 'skada.jpg' }));
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  // the photo is served as a JPEG without the place it was taken
  const photoUrl = await viewer.getByRole('link', { name: 'Ladda ned' }).getAttribute('href');
  await viewer.getByRole('button', { name: 'Stäng' }).click();
  await expect(viewer).toBeHidden();
  // Escape closes it too
  await page.getByRole('button', { name: /skada\.jpg/ }).click();
  await expect(viewer).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  const served = await page.request.get(photoUrl!);
  expect(served.headers()['content-type']).toBe('image/jpeg');
  expect(served.headers()['x-content-type-options']).toBe('nosniff');
  expect((await sharp(await served.body()).metadata()).exif).toBeUndefined();
  await expectNoHorizontalScroll(page);

  const confirmation = await waitForMessage(page, 'lisa@cafelunden.se', since, (m) => (m.subject ?? '').includes(title));
  expect(confirmation.subject).toContain(title);
  const link = /(\/arenden\/[0-9a-f-]{36})/.exec(confirmation.text)![1]!;

  // staff answer in the back office
  const staffContext = await browser.newContext({ viewport: page.viewportSize()! });
  const staff = await staffContext.newPage();
  await loginStaff(staff, 'fastighetsansvarig@exempel.se', 'Fastighet#2026');
  await checkPage(staff, 'Översikt');
  await goVia(staff, 'Förvaltning', 'Ärenden');
  await checkPage(staff, 'Ärenden');
  await staff.getByRole('link', { name: title }).click();
  await checkPage(staff, title);
  await expectImageShown(staff.getByRole('img', { name: 'skada.jpg' }));
  const answered = Date.now();
  await staff.getByLabel('Svar eller anteckning').fill('Vi skickar en tekniker i eftermiddag.');
  await staff.getByLabel('Välj filer').setInputFiles({ name: 'arbetsorder.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(staff.getByText('Uppladdad').first()).toBeVisible();
  await staff.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(staff.getByText('Vi skickar en tekniker i eftermiddag.')).toBeVisible();
  await expect(staff.getByRole('link', { name: /arbetsorder\.pdf/ })).toBeVisible();
  // an internal note with a file: staff see it, the tenant never does
  await staff.getByLabel('Svar eller anteckning').fill('Offert från rörmokaren.');
  await staff.getByLabel('Välj filer').setInputFiles({ name: 'offert-intern.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(staff.getByText('Uppladdad').first()).toBeVisible();
  await staff.getByLabel(INTERNAL_NOTE).check();
  await staff.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(staff.getByRole('link', { name: /offert-intern\.pdf/ })).toBeVisible();
  await expectAccessible(staff);
  // staff wait for the tenant, in the staff's words
  await staff.getByLabel('Status', { exact: true }).selectOption({ label: 'Väntar på hyresgäst' });
  await staff.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(staff.getByText('Statusen är ändrad till Väntar på hyresgäst.')).toBeVisible();

  // the tenant is e-mailed, follows the link, reads and replies
  const notice = await waitForMessage(page, 'lisa@cafelunden.se', answered, (m) => (m.subject ?? '').includes(title));
  expect(notice.subject).toContain('Nytt meddelande');
  await page.goto(link);
  await checkPage(page, title);
  await expect(page.getByText('Vi skickar en tekniker i eftermiddag.')).toBeVisible();
  await expect(page.getByText('Offert från rörmokaren.')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /offert-intern/ })).toHaveCount(0);
  const order = page.getByRole('link', { name: /arbetsorder\.pdf/ });
  await expect(order).toBeVisible();
  const download = page.waitForEvent('download');
  await order.click();
  expect((await download).suggestedFilename()).toBe('arbetsorder.pdf');
  // the tenant reads the status in the tenant's words, and the reply is a line of the history
  const history = page.getByRole('region', { name: 'Historik' });
  await expect(history.getByText('Väntar på ditt svar')).toBeVisible();
  await expect(history.getByText('Lisa Lund registrerade ärendet')).toBeVisible();
  await page.getByLabel('Meddelande').fill('Tack, vi är på plats.');
  await page.getByRole('button', { name: 'Skicka meddelande' }).click();
  await expect(page.getByText('Tack, vi är på plats.')).toBeVisible();
  await expect(history.getByRole('listitem').last()).toContainText('Lisa Lund svarade');
  await expect(history.getByRole('listitem').last()).toContainText('Pågående');

  // staff close the case
  await staff.reload();
  await expect(staff.getByText('Tack, vi är på plats.')).toBeVisible();
  await staff.getByLabel('Status', { exact: true }).selectOption({ label: 'Avslutat' });
  await staff.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(staff.getByText('Avslutat').first()).toBeVisible();
  await staffContext.close();

  // the tenant finds it among historic cases by a word of its text
  await goVia(page, 'Huvudmeny', 'Ärenden');
  await checkPage(page, 'Ärenden');
  await page.getByRole('button', { name: 'Historiska' }).or(page.getByRole('link', { name: 'Historiska' })).first().click();
  await page.getByLabel('Sök', { exact: true }).fill(word.toLowerCase());
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expectAccessible(page);
});

test('a file that is not a picture or PDF gets a clear message, in Swedish and in English, and the case is sent without it', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Användarnamn').fill('bygg');
  await page.getByLabel('Lösenord').fill('Bygg#2026');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await checkPage(page, 'Hem');
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('/arenden/nytt');
  await checkPage(page, 'New case');
  await page.getByLabel('Choose files').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
  await expect(page.getByText('That type of file is not supported. Attach PDF, JPEG, PNG, WebP or HEIC.', { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Svenska' }).click();
  await page.getByRole('button', { name: 'Ta bort photo.jpg' }).click();
  await page.getByLabel('Välj filer').setInputFiles({ name: 'anteckning.txt', mimeType: 'text/plain', buffer: Buffer.from('hej') });
  await expect(page.getByText('Filtypen stöds inte. Bifoga PDF, JPEG, PNG, WebP eller HEIC.', { exact: true })).toBeVisible();
  await page.getByLabel('Rubrik').fill('Fråga om nycklar');
  await page.getByLabel('Beskrivning').fill('Hur beställer vi fler nycklar?');
  await page.getByLabel('Kategori').selectOption({ label: 'Fråga till hyresvärden' });
  await page.getByRole('button', { name: 'Skicka ärende' }).click();
  await checkPage(page, 'Fråga om nycklar');
  await expect(page.getByRole('link', { name: /anteckning/ })).toHaveCount(0);

  // text is shown as text: markup in a message or a file name does nothing
  const payload = '<img src=x onerror="window.__xss=1"><b>fet</b>';
  await page.getByLabel('Meddelande').fill(payload);
  await page.getByLabel('Välj filer').setInputFiles({ name: '<img src=x onerror="window.__xss=2">.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(page.getByText('Uppladdad').first()).toBeVisible();
  await page.getByRole('button', { name: 'Skicka meddelande' }).click();
  await expect(page.getByText(payload, { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /img src=x onerror=window\.__xss=2\.pdf/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('main b')).toHaveCount(0);
});
