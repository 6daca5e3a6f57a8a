/** What will print for one kept label: its ZPL or PDF pages drawn as PNG in main (no network), at its size and dpi. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelFormat, PreviewOutput } from '../../../shared/labels';
import { request } from './labels-store';

export function LabelPreview({ shipmentId, format }: { shipmentId: number | null; format: LabelFormat }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<PreviewOutput | null>(null);
  useEffect(() => {
    let live = true;
    setPreview(null);
    if (shipmentId === null) return;
    // The format chosen when kept in both; any kept copy otherwise.
    request('labels.preview', { shipmentId, format })
      .catch(() => request('labels.preview', { shipmentId }))
      .then((answer) => live && setPreview(answer), () => live && setPreview(null));
    return () => {
      live = false;
    };
  }, [shipmentId, format]);

  // Where the window is too narrow for a side column the preview sits under the list: once the asked
  // preview is drawn, bring its top into view instead of leaving it below the fold.
  const section = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = section.current;
    if (!preview || !element) return;
    const { top } = element.getBoundingClientRect();
    if (top > window.innerHeight - 80) element.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [preview]);

  return (
    <section ref={section} className="card labels-card labels-preview" aria-label={t('labels.preview')} data-testid="labels-preview">
      <h2 className="card__title">{preview ? t('labels.previewTitle', { size: preview.size === '4x6in' ? '4×6 in' : '10×15 cm', dpi: preview.dpi }) : t('labels.preview')}</h2>
      {!preview && <p>{t('labels.previewNone')}</p>}
      {preview?.pngPages.map((png, index) => (
        <img key={index} className="labels-preview__page" src={`data:image/png;base64,${png}`} alt={`${t('labels.preview')} ${index + 1}`} />
      ))}
      {preview && preview.pages > preview.pngPages.length && <p>{t('labels.previewMore', { shown: preview.pngPages.length, pages: preview.pages })}</p>}
    </section>
  );
}
