import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const url = (id: string, thumbnail = false) => `/api/portal/attachments/${encodeURIComponent(id)}${thumbnail ? '?size=thumbnail' : ''}`;

/** An option's first picture; pressing it opens the pictures large, with the others to choose. */
export function PictureViewer({ name, pictures }: { name: string; pictures: { id: string }[] }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [shown, setShown] = useState(0);
  if (pictures.length === 0) return null;
  const current = pictures[shown] ?? pictures[0]!;
  return (
    <>
      <button type="button" className="option-picture" aria-label={t('portal.tillval.enlarge', { name })} onClick={() => { setShown(0); dialog.current?.showModal(); }}>
        <img src={url(pictures[0]!.id, true)} alt="" width={240} height={180} loading="lazy" />
      </button>
      <dialog ref={dialog} className="picture-dialog" aria-label={t('portal.tillval.picture', { name })}>
        <img src={url(current.id)} alt={t('portal.tillval.pictureOf', { n: shown + 1, count: pictures.length, name })} />
        {pictures.length > 1 && (
          <ul className="picture-dialog__thumbs">
            {pictures.map((p, i) => (
              <li key={p.id}>
                <button type="button" aria-pressed={i === shown} aria-label={t('portal.tillval.showPicture', { n: i + 1 })} onClick={() => setShown(i)}>
                  <img src={url(p.id, true)} alt="" width={80} height={60} />
                </button>
              </li>
            ))}
          </ul>
        )}
        <form method="dialog">
          <button type="submit" className="button button--secondary">{t('portal.tillval.closePicture')}</button>
        </form>
      </dialog>
    </>
  );
}
