import { wordDiff } from '@hadir/domain';
import { Text } from '@mantine/core';

/** What changed in a text since the reviewers last saw it: added words marked, removed struck. */
export function TextChanges({ before, after }: { before: string; after: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="plan-changes">
      {wordDiff(before, after).map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={index} style={{ background: 'var(--mantine-color-green-1)' }}>
            {part.text}
          </ins>
        ) : (
          <del key={index} style={{ background: 'var(--mantine-color-red-1)' }}>
            {part.text}
          </del>
        ),
      )}
    </Text>
  );
}
