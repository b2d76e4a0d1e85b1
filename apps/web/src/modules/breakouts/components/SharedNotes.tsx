import { BREAKOUT_NOTES_TEXT } from '@hadir/contracts';
import { textChange } from '@hadir/domain';
import { Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';

/** A caret held by the characters around it, so that it survives others' edits. */
interface HeldCaret {
  start: Y.RelativePosition;
  end: Y.RelativePosition;
}

/**
 * The room's notes, edited together. The textarea shows the shared text; each keystroke becomes
 * one change of it. Someone else's change keeps this person's caret beside the same characters:
 * it is taken before the change is applied (while the textarea still shows the text it indexes)
 * and put back before any next keystroke can land.
 */
export function SharedNotes({ doc, readOnly = false }: { doc: Y.Doc; readOnly?: boolean }) {
  const { t } = useTranslation();
  const text = doc.getText(BREAKOUT_NOTES_TEXT);
  const [value, setValue] = useState(() => text.toJSON());
  const area = useRef<HTMLTextAreaElement>(null);
  const restore = useRef<{ from: number; to: number } | null>(null);

  useEffect(() => {
    let held: HeldCaret | null = null;
    const beforeChange = (transaction: Y.Transaction) => {
      const element = area.current;
      held =
        !transaction.local && element && document.activeElement === element
          ? {
              // Bound to the character before the caret: text someone inserts right at the caret
              // goes after it, so two people typing at one place do not interleave.
              start: Y.createRelativePositionFromTypeIndex(text, element.selectionStart, -1),
              end: Y.createRelativePositionFromTypeIndex(text, element.selectionEnd, -1),
            }
          : null;
    };
    const changed = (event: Y.YTextEvent) => {
      const caret = held;
      held = null;
      if (event.transaction.local || !caret) {
        setValue(text.toJSON());
        return;
      }
      const from = Y.createAbsolutePositionFromRelativePosition(caret.start, doc)?.index;
      const to = Y.createAbsolutePositionFromRelativePosition(caret.end, doc)?.index;
      restore.current = from !== undefined && to !== undefined ? { from, to } : null;
      // Rendered and the caret restored in this task, before the next key event is handled.
      flushSync(() => setValue(text.toJSON()));
    };
    doc.on('beforeTransaction', beforeChange);
    text.observe(changed);
    return () => {
      doc.off('beforeTransaction', beforeChange);
      text.unobserve(changed);
    };
  }, [doc, text]);

  useLayoutEffect(() => {
    const caret = restore.current;
    restore.current = null;
    if (caret) area.current?.setSelectionRange(caret.from, caret.to);
  }, [value]);

  const edit = (next: string) => {
    const change = textChange(text.toJSON(), next);
    if (!change) return;
    doc.transact(() => {
      if (change.removed > 0) text.delete(change.index, change.removed);
      if (change.inserted) text.insert(change.index, change.inserted);
    });
    setValue(text.toJSON());
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('breakouts.notes')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('breakouts.notesHint')}
        </Text>
        <Textarea
          ref={area}
          value={value}
          onChange={(event) => edit(event.currentTarget.value)}
          readOnly={readOnly}
          autosize
          minRows={8}
          maxRows={24}
          aria-label={t('breakouts.notes')}
          data-testid="breakout-notes"
        />
      </Stack>
    </Paper>
  );
}
