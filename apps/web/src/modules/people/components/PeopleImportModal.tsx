import { IMPORT_MAX_CSV_LENGTH } from '@hadir/contracts';
import {
  Alert,
  Anchor,
  Button,
  Code,
  FileInput,
  Group,
  Modal,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { useApplyImport, usePreviewImport } from '../hooks/useImportPeople';
import { IMPORT_TEMPLATE, IMPORT_TEMPLATE_HREF } from '../lib/importTemplate';
import { ImportReportTable } from './ImportReportTable';

export interface PeopleImportModalProps {
  eventId: string;
  onClose: () => void;
}

/**
 * A CSV import in two steps: the preview says, row by row, what would happen, and only the
 * organiser's confirmation of that same text writes anything.
 */
export function PeopleImportModal({ eventId, onClose }: PeopleImportModalProps) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const preview = usePreviewImport(eventId);
  const apply = useApplyImport(eventId);

  const previewed = preview.data && preview.variables === csv ? preview.data : null;
  const toImport = previewed ? previewed.counts.new + previewed.counts.updated : 0;

  const handleCsvChange = (text: string) => {
    setCsv(text);
    preview.reset();
    apply.reset();
  };

  const handleFileChange = (chosen: File | null) => {
    setFile(chosen);
    setFileError(null);
    if (!chosen) return;
    if (chosen.size > IMPORT_MAX_CSV_LENGTH) {
      setFileError(t('people.import.tooLarge'));
      return;
    }
    chosen.text().then(handleCsvChange, () => setFileError(t('people.import.unreadable')));
  };

  const handleAnother = () => {
    setFile(null);
    handleCsvChange('');
  };

  const handlePreview = () => {
    apply.reset();
    preview.mutate(csv);
  };

  const handleImport = () => {
    if (previewed) apply.mutate(csv);
  };

  const result = apply.data;

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('people.import.title')}
      closeOnClickOutside={false}
      data-testid="import-modal"
    >
      {result ? (
        <Stack gap="sm">
          <Alert color="green" variant="light" data-testid="import-result">
            {t('people.import.done', {
              created: result.counts.new,
              updated: result.counts.updated,
              unchanged: result.counts.unchanged,
              skipped: result.counts.error,
            })}
          </Alert>
          <ImportReportTable report={result} />
          <Group justify="flex-end">
            <Button variant="default" onClick={handleAnother}>
              {t('people.import.another')}
            </Button>
            <Button onClick={onClose} data-testid="import-close">
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm">{t('people.import.explanation')}</Text>
          <Stack gap={4}>
            <Group justify="space-between">
              <Text size="sm" fw={600}>
                {t('people.import.templateTitle')}
              </Text>
              <Anchor href={IMPORT_TEMPLATE_HREF} download="hadir-people.csv" size="sm">
                {t('people.import.downloadTemplate')}
              </Anchor>
            </Group>
            <Code block data-testid="import-template">
              {IMPORT_TEMPLATE}
            </Code>
            <Text size="xs" c="dimmed">
              {t('people.import.columnsHelp')}
            </Text>
          </Stack>
          <FileInput
            label={t('people.import.file')}
            placeholder={t('people.import.filePlaceholder')}
            accept=".csv,text/csv"
            value={file}
            onChange={handleFileChange}
            error={fileError}
            clearable
            data-testid="import-file"
          />
          <Textarea
            label={t('people.import.paste')}
            value={csv}
            onChange={(changeEvent) => handleCsvChange(changeEvent.currentTarget.value)}
            autosize
            minRows={4}
            maxRows={10}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            data-testid="import-csv"
          />
          {preview.isError && <QueryErrorAlert error={preview.error} />}
          {apply.isError && <QueryErrorAlert error={apply.error} />}
          {previewed && (
            <Stack gap="xs" data-testid="import-preview">
              <Text size="sm" fw={600}>
                {t('people.import.previewTitle')}
              </Text>
              <ImportReportTable report={previewed} />
              {toImport === 0 && (
                <Text size="sm" c="dimmed" data-testid="import-nothing">
                  {t('people.import.nothingToImport')}
                </Text>
              )}
            </Stack>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              variant={previewed ? 'default' : 'filled'}
              onClick={handlePreview}
              disabled={csv.trim() === ''}
              loading={preview.isPending}
              data-testid="import-preview-button"
            >
              {t('people.import.preview')}
            </Button>
            {previewed && (
              <Button
                onClick={handleImport}
                disabled={toImport === 0}
                loading={apply.isPending}
                data-testid="import-confirm"
              >
                {t('people.import.confirm', { count: toImport })}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
