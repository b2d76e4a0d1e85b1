import { type ImportReport, type ImportRowStatus } from '@hadir/contracts';
import { Badge, Group, List, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PERSON_FIELDS, type PersonField } from '../lib/personForm';

export interface ImportReportTableProps {
  report: ImportReport;
}

export const importStatusColors: Record<ImportRowStatus, string> = {
  new: 'teal',
  updated: 'blue',
  unchanged: 'gray',
  error: 'red',
};

const isPersonField = (path: string): path is PersonField =>
  (PERSON_FIELDS as readonly string[]).includes(path);

export function ImportReportTable({ report }: ImportReportTableProps) {
  const { t } = useTranslation();
  const fieldLabel = (path: string) =>
    isPersonField(path) ? t(`people.fields.${path}`) : path || t('people.import.wholeRow');

  return (
    <Stack>
      <Group gap="xs" data-testid="import-counts">
        {(Object.keys(importStatusColors) as ImportRowStatus[]).map((status) => (
          <Badge
            key={status}
            color={importStatusColors[status]}
            variant={report.counts[status] > 0 ? 'filled' : 'outline'}
            data-testid={`import-count-${status}`}
            data-count={report.counts[status]}
          >
            {t(`people.import.status.${status}`)}: {report.counts[status]}
          </Badge>
        ))}
      </Group>
      <ScrollArea.Autosize mah={360} type="auto">
        <Table striped verticalSpacing={4} data-testid="import-report">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('people.import.columns.line')}</Table.Th>
              <Table.Th>{t('people.import.columns.status')}</Table.Th>
              <Table.Th>{t('people.columns.name')}</Table.Th>
              <Table.Th>{t('people.fields.email')}</Table.Th>
              <Table.Th>{t('people.import.columns.problems')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rows.map((row) => (
              <Table.Tr
                key={row.line}
                data-testid="import-row"
                data-line={row.line}
                data-status={row.status}
              >
                <Table.Td>{row.line}</Table.Td>
                <Table.Td>
                  <Badge color={importStatusColors[row.status]} variant="light">
                    {t(`people.import.status.${row.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{row.name}</Table.Td>
                <Table.Td>{row.email}</Table.Td>
                <Table.Td>
                  {row.errors.length > 0 && (
                    <List size="sm" spacing={2}>
                      {row.errors.map((issue) => (
                        <List.Item
                          key={`${issue.path}:${issue.message}`}
                          data-testid="import-row-error"
                          data-field={issue.path}
                        >
                          <Text span size="sm" fw={600}>
                            {fieldLabel(issue.path)}:
                          </Text>{' '}
                          <Text span size="sm" c="red">
                            {issue.message}
                          </Text>
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
