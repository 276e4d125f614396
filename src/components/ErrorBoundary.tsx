import { Component, type ReactNode } from 'react';

/** Props of `ErrorBoundary`. */
export interface ErrorBoundaryProps {
  children: ReactNode;
  /** What shows instead of `children` once they have thrown while rendering. */
  fallback: (error: unknown) => ReactNode;
  /** A new value (another event, another story) renders `children` again. @default undefined */
  resetKey?: unknown;
}

type ErrorBoundaryState = { hasError: false } | { hasError: true; error: unknown };

/**
 * Catches an error thrown while rendering its children (a broken event, a lazy chunk that failed
 * to load) and shows `fallback` in their place, so the rest of the page keeps working. A class:
 * React has no hook for this.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { hasError: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { hasError: true, error };
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.hasError && !Object.is(previous.resetKey, this.props.resetKey)) this.setState({ hasError: false });
  }

  override render(): ReactNode {
    return this.state.hasError ? this.props.fallback(this.state.error) : this.props.children;
  }
}
