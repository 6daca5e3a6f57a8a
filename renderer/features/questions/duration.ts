/** A span of time in the seller's language, short: "45min", "3h 20min", "2 días 4h" (at least a minute). */
export function formatDuration(ms: number, locale: string): string {
  // Days spelled out: some locales' short day unit reads badly ("9 dd."); hours and minutes stay short.
  const unit = (value: number, name: 'minute' | 'hour' | 'day') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: name === 'day' ? 'long' : 'narrow' }).format(value);
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    const rest = minutes % 60;
    return hours < 10 && rest > 0 ? `${unit(hours, 'hour')} ${unit(rest, 'minute')}` : unit(hours, 'hour');
  }
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return rest > 0 && days < 10 ? `${unit(days, 'day')} ${unit(rest, 'hour')}` : unit(days, 'day');
}
