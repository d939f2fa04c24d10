import type { SVGProps } from 'react';
import { Icon } from './icons';

// Icons of the network and tandem pages; decorative like the others (hidden from AT).

/** Buildings: the organisations of the network. */
export function BuildingIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <Icon {...props}>
      <path d="M4 21V5l8-2v18M12 9l8 2v10M3 21h18M7 8h2M7 12h2M7 16h2M15 14h2M15 18h2" />
    </Icon>
  );
}

/** Two people side by side: a tandem. */
export function TandemIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <Icon {...props}>
      <circle cx="8" cy="8" r="3" />
      <circle cx="16" cy="8" r="3" />
      <path d="M2.5 20a5.5 5.5 0 0 1 11 0M10.5 20a5.5 5.5 0 0 1 11 0" />
    </Icon>
  );
}
