import { type EventExport, type ImportedEvent } from '@hadir/contracts';
import {
  Alert,
  Button,
  FileInput,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateSpan } from '../../events/lib/time';
import { useDateFnsLocale } from '../../language/hooks/useDateFnsLocale';
import { readEventExport } from '../lib/importForm';
import { EventImportForm } from './EventImportForm';
import { ExportSummary } from './ExportSummary';

interface ChosenExport {
  file: EventExport;
  /** Tells one reading from the next, so a newly chosen file starts a fresh form. */
  key: number;
}

/** Starts a new event from an export file: read and checked here, sent only once it holds up. */
export function EventImportPanel() {
  const { t } = useTranslation();
  const locale = useDateFnsLocale();
  const [chosenFile, setChosenFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<ChosenExport | null>(null);
  const [created, setCreated] = useState<ImportedEvent | null>(null);
  // Reading is asynchronous: a file picked while an earlier one is still being read wins.
  const latestPick = useRef<File | null>(null);
  const readings = useRef(0);

  const handleFileChange = (picked: File | null) => {
    setChosenFile(picked);
    setFileError(null);
    setChosen(null);
    latestPick.current = picked;
    if (!picked) return;
    picked.text().then(
      (text) => {
        if (latestPick.current !== picked) return;
        const read = readEventExport(text);
        if (read.kind === 'export') setChosen({ file: read.file, key: ++readings.current });
        else
          setFileError(
            read.kind === 'damaged'
              ? t('transfer.import.damaged')
              : t('transfer.import.notAnExport'),
          );
      },
      () => {
        if (latestPick.current === picked) setFileError(t('transfer.import.unreadable'));
      },
    );
  };

  const handleAnother = () => {
    setCreated(null);
    handleFileChange(null);
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" data-testid="import-panel">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('transfer.import.title')}
        </Title>
        {created ? (
          <Stack gap="sm" align="flex-start">
            <Alert color="green" variant="light" w="100%" data-testid="event-import-done">
              {t('transfer.import.done', {
                title: created.event.title,
                dates: formatDateSpan(created.event.startDate, created.event.endDate, locale),
              })}
            </Alert>
            <Text size="sm">{t('transfer.import.ownSignIn')}</Text>
            <TextInput
              readOnly
              w="100%"
              label={t('transfer.import.link')}
              value={new URL(created.invitation.path, window.location.origin).toString()}
              onFocus={(focus) => focus.currentTarget.select()}
              data-testid="event-import-link"
            />
            <Group>
              <Button component={Link} to={created.invitation.path} data-testid="event-import-open">
                {t('transfer.import.open')}
              </Button>
              <Button variant="default" onClick={handleAnother}>
                {t('transfer.import.another')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <>
            <Text size="sm">{t('transfer.import.explanation')}</Text>
            <FileInput
              label={t('transfer.import.file')}
              placeholder={t('transfer.import.filePlaceholder')}
              accept=".json,application/json"
              value={chosenFile}
              onChange={handleFileChange}
              error={fileError}
              clearable
              data-testid="event-import-file"
            />
            {chosen && (
              <>
                <ExportSummary file={chosen.file} />
                <EventImportForm
                  key={chosen.key}
                  file={chosen.file}
                  onFileRefused={setFileError}
                  onImported={setCreated}
                />
              </>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
