import { Component, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { RouteError } from './RouteError';

interface BoundaryProps {
  children: ReactNode;
  /** The location the children render: a new one clears a caught error. */
  locationKey: string;
  frame: (content: ReactNode) => ReactNode;
}

interface BoundaryState {
  error: unknown;
  /** The location at which `error` was caught; null while nothing is caught. */
  caughtAt: string | null;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, caughtAt: null };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error, caughtAt: null };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    if (state.caughtAt === null && state.error !== null) return { caughtAt: props.locationKey };
    if (state.caughtAt !== null && state.caughtAt !== props.locationKey) return { error: null, caughtAt: null };
    return null;
  }

  override render() {
    return this.state.caughtAt !== null
      ? this.props.frame(<RouteError error={this.state.error} />)
      : this.props.children;
  }
}

const asIs = (content: ReactNode) => content;

/**
 * What a route's error element was: whatever the routes inside threw (a failed query, a chunk that
 * did not load) is explained by RouteError, framed by `frame`, until the person goes elsewhere.
 * React's onCaughtError (main.tsx) reports what it caught.
 */
export function RouteErrorBoundary({
  children,
  frame = asIs,
}: {
  children: ReactNode;
  frame?: (content: ReactNode) => ReactNode;
}) {
  const location = useLocation();
  return (
    <Boundary locationKey={location.key} frame={frame}>
      {children}
    </Boundary>
  );
}
