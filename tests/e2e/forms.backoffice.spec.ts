import type { Page } from '@playwright/test';
import { expect, expectAccessible, loginStaff, test } from './support.ts';
import { queueCase } from './desk.ts';

// The back office's case form reports a failed submit like every form (docs/ARCHITECTURE.md "Web:
// forms"): an error summary that takes focus and links to the field, and the message under the field,
// both for the form's own check (nothing changed) and for the server's refusal.

const control = (page: Page, label: string) => page.locator('input, textarea, select').and(page.getByLabel(label, { exact: true }));

async function expectProblem(page: Page, field: string, message: string, sentence: string, heading = 'Det finns ett problem') {
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: heading }) });
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  await expect(summary).toContainText(sentence);
  await expect(summary.getByRole('link')).toHaveCount(1);
  await expect(summary.getByRole('link')).toHaveText(message);
  const input = control(page, field);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAccessibleDescription(new RegExp(`^(Fel|Error): ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expectAccessible(page);
  await summary.getByRole('link').click();
  await expect(input).toBeFocused();
}

test('the case form: nothing changed, then a save the server refuses', async ({ page, request }, info) => {
  const created = await queueCase(request, `Formulärtest ${info.project.name}`);
  await loginStaff(page, 'fastighetsansvarig@exempel.se', 'Fastighet#2026');
  await page.goto(`/admin/arenden/${created.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Formulärtest ${info.project.name}` })).toBeVisible();

  // Nothing chosen or written: the form says so without sending.
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expectProblem(page, 'Svar eller anteckning', 'Skriv ett svar, eller ändra status eller ansvarig.', 'Inget är ändrat.');

  // Meanwhile a colleague's tab has started the case; this tab then asks for the same status, which
  // by now changes nothing: the server refuses (422) and the form marks the field.
  const other = await page.context().newPage();
  await other.goto(`/admin/arenden/${created.id}`);
  await other.getByLabel('Status', { exact: true }).selectOption({ label: 'Pågående' });
  await other.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Statusen är ändrad till Pågående.' })).toBeVisible();
  await other.close();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Pågående' });
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expectProblem(page, 'Svar eller anteckning', 'Inget är ändrat: välj en annan status eller ansvarig, eller skriv ett svar.', 'Inget är ändrat');

  // In English too (the page read again, so the form starts from the case as it is now).
  await page.getByRole('button', { name: 'English' }).click();
  await page.reload();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expectProblem(page, 'Reply or note', 'Write a reply, or change the status or the responsible.', 'Nothing has changed.', 'There is a problem');
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.getByRole('button', { name: 'Spara', exact: true })).toBeVisible();
});
