/**
 * The app's icons as inline SVG components: drawn on a 24-unit grid with round strokes in `currentColor`,
 * so they follow the text colour and need no font or network request. Decorative by default
 * (`aria-hidden`); the text beside them carries the meaning.
 */
import type { ReactNode } from 'react';

export interface IconProps {
  size?: number;
  className?: string;
}

export type IconComponent = (props: IconProps) => ReactNode;

function Svg({ size = 20, className, children }: IconProps & { children: ReactNode }) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const OrdersIcon: IconComponent = (props) => (
  <Svg {...props}>
    <path d="M6 3h12v18l-3-2-3 2-3-2-3 2z" />
    <path d="M9 8h6M9 12h6M9 16h3" />
  </Svg>
);

export const ListingsIcon: IconComponent = (props) => (
  <Svg {...props}>
    <path d="M20.6 13.4l-7.2 7.2a2 2 0 0 1-2.8 0L3 13V3h10l7.6 7.6a2 2 0 0 1 0 2.8z" />
    <circle cx="7.5" cy="7.5" r="1.5" />
  </Svg>
);

export const StockIcon: IconComponent = (props) => (
  <Svg {...props}>
    <path d="M21 7.5l-9-4.5-9 4.5v9l9 4.5 9-4.5z" />
    <path d="M3 7.5l9 4.5 9-4.5M12 12v9M7.5 5.25l9 4.5" />
  </Svg>
);

export const QuestionsIcon: IconComponent = (props) => (
  <Svg {...props}>
    <path d="M21 11.5a8.5 8.5 0 0 1-12.4 7.6L3 20.5l1.5-5A8.5 8.5 0 1 1 21 11.5z" />
    <path d="M10 9.5a2.2 2.2 0 1 1 3.2 2c-.7.4-1.2.9-1.2 1.7M12 15.8v.01" />
  </Svg>
);

export const LabelsIcon: IconComponent = (props) => (
  <Svg {...props}>
    <path d="M7 9V3h10v6" />
    <path d="M7 17H5a2 2 0 0 1-2-2v-4a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v4a2 2 0 0 1-2 2h-2" />
    <path d="M7 13h10v8H7zM10 16.5h4" />
  </Svg>
);

/** Pending changes: an arrow leaving a tray (changes on their way to Mercado Libre). */
export const OutboxIcon: IconComponent = (props) => (
  <Svg {...props}>
    <path d="M4 13v6a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-6" />
    <path d="M12 15V3M7.5 7.5L12 3l4.5 4.5" />
  </Svg>
);

export const SettingsIcon: IconComponent = (props) => (
  <Svg {...props}>
    <path d="M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1" />
    <circle cx="15" cy="6" r="2" />
    <circle cx="9" cy="12" r="2" />
    <circle cx="17" cy="18" r="2" />
  </Svg>
);

export const AccountIcon: IconComponent = (props) => (
  <Svg {...props}>
    <circle cx="12" cy="8" r="4" />
    <path d="M4 21a8 8 0 0 1 16 0" />
  </Svg>
);

export const SyncIcon: IconComponent = (props) => (
  <Svg {...props}>
    <path d="M20 11A8 8 0 0 0 5.1 7.5M4 4v4h4" />
    <path d="M4 13a8 8 0 0 0 14.9 3.5M20 20v-4h-4" />
  </Svg>
);

export const DesktopIcon: IconComponent = (props) => (
  <Svg {...props}>
    <rect x="3" y="4" width="18" height="12" rx="2" />
    <path d="M8 20h8M12 16v4" />
  </Svg>
);

export const BrowserIcon: IconComponent = (props) => (
  <Svg {...props}>
    <rect x="3" y="4" width="18" height="16" rx="2" />
    <path d="M3 9h18M6.5 6.5h.01M9 6.5h.01" />
  </Svg>
);

export const WarningIcon: IconComponent = (props) => (
  <Svg {...props}>
    <path d="M10.3 3.9L2.2 18a2 2 0 0 0 1.7 3h16.2a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z" />
    <path d="M12 9v4.5M12 17.2v.01" />
  </Svg>
);

export const InfoIcon: IconComponent = (props) => (
  <Svg {...props}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 11v5.5M12 7.8v.01" />
  </Svg>
);

export const CheckIcon: IconComponent = (props) => (
  <Svg {...props}>
    <path d="M5 12.5l4.5 4.5L19 7.5" />
  </Svg>
);

export const CloseIcon: IconComponent = (props) => (
  <Svg {...props}>
    <path d="M6 6l12 12M18 6L6 18" />
  </Svg>
);
