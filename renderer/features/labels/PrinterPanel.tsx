/** Printers: add a network printer by address, set the chosen printer's profile, print a test label. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { Dpi, LabelFormat, LabelSize } from '../../../shared/labels';
import type { Printer } from '../../../shared/printing';
import { localizeError } from '../../i18n/errors';
import { isApiError, request } from './labels-store';

export function PrinterPanel({ printers, notice, onChanged }: { printers: Printer[]; notice: string | null; onChanged: () => void }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [printerId, setPrinterId] = useState('');
  const printer = printers.find((p) => p.id === printerId) ?? printers[0] ?? null;

  const attempt = async (work: () => Promise<unknown>) => {
    setFailure(null);
    setSaved(false);
    try {
      await work();
      setSaved(true);
      onChanged();
    } catch (caught) {
      if (isApiError(caught)) setFailure(caught);
    }
  };

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void attempt(() => request('printers.add', { kind: 'tcp', name: String(form.get('name') ?? ''), host: String(form.get('host') ?? ''), port: Number(form.get('port') ?? 9100) }));
  };

  const saveProfile = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!printer) return;
    const form = new FormData(event.currentTarget);
    const darkness = String(form.get('darkness') ?? '');
    void attempt(() =>
      request('printers.setProfile', {
        printerId: printer.id,
        language: String(form.get('language')) as LabelFormat,
        dpi: Number(form.get('dpi')) as Dpi,
        size: String(form.get('size')) as LabelSize,
        ...(darkness === '' ? {} : { darkness: Number(darkness) }),
      }),
    );
  };

  const field = (label: string, control: ReactNode) => (
    <label className="field labels-field">
      <span className="field__label">{label}</span>
      {control}
    </label>
  );

  return (
    <section className="card labels-card labels-printers" aria-label={t('labels.profile')} data-testid="labels-printers">
      <h2 className="card__title">{t('labels.profile')}</h2>
      {notice && <p className="field__help">{notice}</p>}
      {printer && (
        <form key={printer.id} onSubmit={saveProfile} className="labels-form">
          {field(
            t('labels.printer'),
            <select className="input" value={printer.id} onChange={(e) => setPrinterId(e.target.value)}>
              {printers.map((p) => (
                <option key={p.id} value={p.id}>{p.name}{p.status ? ` · ${p.status}` : ''}</option>
              ))}
            </select>,
          )}
          {field(t('labels.language'), <select className="input" name="language" defaultValue={printer.profile.language}><option value="zpl">ZPL</option><option value="pdf">PDF</option></select>)}
          {field(t('labels.dpi'), <select className="input" name="dpi" defaultValue={printer.profile.dpi}><option value="203">203 dpi</option><option value="300">300 dpi</option></select>)}
          {field(t('labels.size'), <select className="input" name="size" defaultValue={printer.profile.size}><option value="4x6in">4×6 in</option><option value="10x15cm">10×15 cm</option></select>)}
          {field(t('labels.darkness'), <input className="input" name="darkness" type="number" min={0} max={30} defaultValue={printer.profile.darkness ?? ''} />)}
          <div className="form__actions labels-actions">
            <button type="submit" className="button button--primary">{t('labels.save')}</button>
            <button type="button" className="button button--outline" onClick={() => void attempt(() => request('printers.test', { printerId: printer.id }))}>{t('labels.test')}</button>
          </div>
        </form>
      )}
      <form onSubmit={add} className="labels-form" aria-label={t('labels.addPrinter')}>
        <h3>{t('labels.addPrinter')}</h3>
        {field(t('labels.name'), <input className="input" name="name" required maxLength={80} />)}
        {field(t('labels.host'), <input className="input" name="host" required placeholder="192.168.0.50" />)}
        {field(t('labels.port'), <input className="input" name="port" type="number" min={1} max={65535} defaultValue={9100} />)}
        <div className="form__actions labels-actions">
          <button type="submit" className="button button--outline">{t('labels.add')}</button>
        </div>
      </form>
      {saved && <p role="status">{t('labels.profileSaved')}</p>}
      {failure && <p className="labels-error" role="alert">{localizeError(failure, (key) => t(key))}</p>}
    </section>
  );
}
