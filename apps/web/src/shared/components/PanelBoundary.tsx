import { Alert, Button, Stack } from '@mantine/core';
import { Component, Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface BoundaryProps {
  /** What the person calls this part of the page, in their language. */
  name: string;
  testId: string;
  children: ReactNode;
}

/**
 * The browser keeps a failed download of a module for the life of the page, so a panel whose
 * code did not arrive (a thin link) comes back only with a reload.
 */
const isDownloadFailure = (error: unknown) =>
  error instanceof TypeError &&
  /dynamically imported module|importing a module script failed/i.test(error.message);

/**
 * One panel of a page (the stage, Q&A, polls, chat, breakouts) that fails shows a retry in its
 * own place; the others keep working. Without it, one render error blanks the whole page.
 */
export function PanelBoundary(props: BoundaryProps) {
  const { t } = useTranslation();
  return (
    <Boundary
      {...props}
      fallback={(error, retry) => (
        <Alert color="red" variant="light" data-testid={`${props.testId}-failed`} role="alert">
          <Stack gap="xs" align="flex-start">
            {t('errors.panel', { panel: props.name })}
            <Button
              variant="light"
              color="red"
              size="compact-sm"
              onClick={isDownloadFailure(error) ? () => window.location.reload() : retry}
            >
              {t('errors.retry')}
            </Button>
          </Stack>
        </Alert>
      )}
    />
  );
}

interface State {
  error: unknown;
  attempt: number;
}

class Boundary extends Component<
  BoundaryProps & { fallback(error: unknown, retry: () => void): ReactNode },
  State
> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('A panel failed') };
  }

  override componentDidCatch(error: unknown): void {
    console.error(`The ${this.props.testId} panel failed`, error);
  }

  private readonly retry = () => {
    this.setState(({ attempt }) => ({ error: null, attempt: attempt + 1 }));
  };

  override render(): ReactNode {
    if (this.state.error !== null) return this.props.fallback(this.state.error, this.retry);
    // A new key mounts the panel afresh rather than reusing the state it failed in.
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}
