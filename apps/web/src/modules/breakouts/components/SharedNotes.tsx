import { BREAKOUT_NOTES_TEXT } from '@hadir/contracts';
import { textChange } from '@hadir/domain';
import { Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';

/**
 * The room's notes, edited together. The textarea shows the shared text; each keystroke becomes
 * one change of it, and others' changes move this person's cursor with the text around it.
 */
export function SharedNotes({ doc, readOnly = false }: { doc: Y.Doc; readOnly?: boolean }) {
  const { t } = useTranslation();
  const text = doc.getText(BREAKOUT_NOTES_TEXT);
  const [value, setValue] = useState(() => text.toJSON());
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const observe = (event: Y.YTextEvent) => {
      const element = area.current;
      if (event.transaction.local || !element || document.activeElement !== element) {
        setValue(text.toJSON());
        return;
      }
      // Keep the caret beside the same characters while someone else types elsewhere.
      const start = Y.createRelativePositionFromTypeIndex(text, element.selectionStart);
      const end = Y.createRelativePositionFromTypeIndex(text, element.selectionEnd);
      const next = text.toJSON();
      setValue(next);
      requestAnimationFrame(() => {
        const from = Y.createAbsolutePositionFromRelativePosition(start, doc)?.index;
        const to = Y.createAbsolutePositionFromRelativePosition(end, doc)?.index;
        if (from !== undefined && to !== undefined) element.setSelectionRange(from, to);
      });
    };
    text.observe(observe);
    return () => text.unobserve(observe);
  }, [doc, text]);

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
