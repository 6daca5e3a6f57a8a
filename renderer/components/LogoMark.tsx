/**
 * Mostrador's mark: a warm-yellow tile with a shop counter drawn as an "M" under an awning line.
 * Our own sign, near Mercado Libre's palette without borrowing its logo.
 */
export function LogoMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#f2b632" />
      <path d="M7 9.5h18" stroke="#0c3441" strokeWidth="2.4" strokeLinecap="round" />
      <path
        d="M9 24V14.5l7 5.5 7-5.5V24"
        fill="none"
        stroke="#0c3441"
        strokeWidth="2.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
