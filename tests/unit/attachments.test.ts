import { describe, expect, it } from 'vitest';
import { attachmentIdsWithinLimit, contentDisposition, safeFilename, storedKind } from '../../server/domain/attachments.ts';
import { parseConfig } from '../../server/config.ts';

describe('attachment rules', () => {
  it('takes PDF, JPEG, PNG, WebP and HEIC (kept as JPEG), by the type found in the content', () => {
    expect(storedKind('application/pdf')).toMatchObject({ contentType: 'application/pdf', image: false });
    expect(storedKind('image/jpeg')).toMatchObject({ contentType: 'image/jpeg', extension: 'jpg', fromHeic: false });
    expect(storedKind('image/png')?.extension).toBe('png');
    expect(storedKind('image/webp')?.extension).toBe('webp');
    expect(storedKind('image/heic')).toMatchObject({ contentType: 'image/jpeg', extension: 'jpg', fromHeic: true });
    expect(storedKind('image/heif')?.fromHeic).toBe(true);
    for (const other of ['image/gif', 'image/svg+xml', 'text/html', 'application/zip', 'image/avif', undefined]) expect(storedKind(other)).toBeNull();
  });

  it('keeps a name without folders or reserved characters, with the extension of what the file is', () => {
    expect(safeFilename('IMG_0042.HEIC', 'jpg', 'bild')).toBe('IMG_0042.jpg');
    expect(safeFilename('C:\\Users\\lisa\\Hyresavi mars.pdf', 'pdf', 'dokument')).toBe('Hyresavi mars.pdf');
    expect(safeFilename('../../etc/passwd', 'pdf', 'dokument')).toBe('passwd.pdf');
    expect(safeFilename('<img src=x onerror=alert(1)>.jpg', 'jpg', 'bild')).toBe('img src=x onerror=alert(1).jpg');
    expect(safeFilename('.htaccess', 'png', 'bild')).toBe('htaccess.png');
    expect(safeFilename('bad\u0000name\u202e.pdf', 'pdf', 'dokument')).toBe('badname.pdf');
    expect(safeFilename('', 'jpg', 'bild')).toBe('bild.jpg');
    expect(safeFilename('...', 'jpg', 'bild')).toBe('bild.jpg');
    expect(safeFilename('Kök  och   badrum.webp', 'webp', 'bild')).toBe('Kök och badrum.webp');
    const long = safeFilename(`${'å'.repeat(300)}.pdf`, 'pdf', 'dokument');
    expect([...long]).toHaveLength(120);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('names the file for download in ASCII and exactly (RFC 6266)', () => {
    expect(contentDisposition('foto.jpg')).toBe(`attachment; filename="foto.jpg"; filename*=UTF-8''foto.jpg`);
    expect(contentDisposition('Avstängning vatten.pdf')).toBe(`attachment; filename="Avstangning vatten.pdf"; filename*=UTF-8''Avst%C3%A4ngning%20vatten.pdf`);
    expect(contentDisposition('a"b\\c%d\'(e).pdf')).toBe(`attachment; filename="a_b_c_d'(e).pdf"; filename*=UTF-8''a%22b%5Cc%25d%27%28e%29.pdf`);
    expect(contentDisposition('日本.png')).toBe(`attachment; filename="__.png"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.png`);
  });

  it('holds at most 10 files, each once', () => {
    expect(attachmentIdsWithinLimit([])).toBe(true);
    expect(attachmentIdsWithinLimit(Array.from({ length: 10 }, (_, i) => `id${i}`))).toBe(true);
    expect(attachmentIdsWithinLimit(Array.from({ length: 11 }, (_, i) => `id${i}`))).toBe(false);
    expect(attachmentIdsWithinLimit(['a', 'a'])).toBe(false);
  });
});

describe('file storage configuration', () => {
  it('keeps files under DATA_DIR unless a bucket is given', () => {
    expect(parseConfig({ DATA_DIR: '/srv/hyresportal' }).files).toEqual({ provider: 'disk', dir: '/srv/hyresportal/files' });
    expect(parseConfig({ S3_BUCKET: 'bilagor' }).files).toEqual({ provider: 's3', bucket: 'bilagor', region: 'eu-north-1', endpoint: null, forcePathStyle: false, prefix: '', accessKeyId: null, secretAccessKey: null });
    expect(parseConfig({ S3_BUCKET: 'b', S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's', S3_PREFIX: '/prod/' }).files)
      .toMatchObject({ endpoint: 'http://minio:9000', forcePathStyle: true, prefix: 'prod/', accessKeyId: 'k', secretAccessKey: 's' });
  });

  it('names a half-given S3 setup', () => {
    expect(() => parseConfig({ S3_ENDPOINT: 'http://minio:9000' })).toThrow(/S3_ENDPOINT and the S3 keys need S3_BUCKET/);
    expect(() => parseConfig({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k' })).toThrow(/go together/);
    expect(() => parseConfig({ S3_BUCKET: 'b', S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT/);
  });
});
