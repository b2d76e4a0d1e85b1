import { type EventPerson, type InvitationStatus } from '@hadir/contracts';
import {
  Badge,
  Button,
  Code,
  Group,
  Menu,
  ScrollArea,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { useDateFnsLocale } from '../../language/hooks/useDateFnsLocale';

export type PersonAction =
  'edit' | 'copyLink' | 'showQr' | 'reissueLink' | 'revokeLink' | 'reissueBadge';

export interface PeopleTableProps {
  people: readonly EventPerson[];
  countryName: (code: string) => string;
  onAction: (action: PersonAction, person: EventPerson) => void;
}

const invitationColors: Record<InvitationStatus, string> = {
  active: 'green',
  revoked: 'red',
  none: 'gray',
};

export function PeopleTable({ people, countryName, onAction }: PeopleTableProps) {
  const { t } = useTranslation();
  const locale = useDateFnsLocale();

  return (
    <ScrollArea type="auto">
      <Table striped highlightOnHover verticalSpacing="xs" miw={1100} data-testid="people-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('people.columns.name')}</Table.Th>
            <Table.Th>{t('people.columns.country')}</Table.Th>
            <Table.Th>{t('people.columns.organisation')}</Table.Th>
            <Table.Th>{t('people.columns.category')}</Table.Th>
            <Table.Th>{t('people.columns.mode')}</Table.Th>
            <Table.Th>{t('people.columns.roles')}</Table.Th>
            <Table.Th>{t('people.columns.invitation')}</Table.Th>
            <Table.Th>{t('people.columns.badge')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('people.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => {
            const active = person.invitation === 'active';
            return (
              <Table.Tr
                key={person.id}
                data-testid="person-row"
                data-person-id={person.id}
                data-email={person.email ?? ''}
                data-invitation={person.invitation}
              >
                <Table.Td>
                  <Text size="sm" fw={600} data-testid="person-name">
                    {person.name}
                  </Text>
                  {person.email && (
                    <Text size="xs" c="dimmed">
                      {person.email}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" data-testid="person-country">
                    {countryName(person.country)} ({person.country})
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{person.organisation}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`categories.${person.category}`)}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={person.attendanceMode === 'in_person' ? 'teal' : 'grape'}
                  >
                    {t(`attendance.${person.attendanceMode}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {person.roles.map((role) => (
                      <Badge key={role} variant="outline" size="sm" color="gray">
                        {t(`roles.${role}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={invitationColors[person.invitation]}
                    data-testid="person-invitation"
                  >
                    {t(`people.invitation.${person.invitation}`)}
                  </Badge>
                  {person.invitationLastUsedAt && (
                    <Text size="xs" c="dimmed">
                      {t('people.lastUsed', {
                        date: format(person.invitationLastUsedAt, 'd MMM', { locale }),
                      })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {person.badgeCode ? (
                    <Code data-testid="person-badge-code">{person.badgeCode}</Code>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('people.noBadge')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <Button
                        variant="default"
                        size="compact-sm"
                        aria-label={t('people.actionsFor', { name: person.name })}
                        data-testid="person-actions"
                      >
                        {t('people.actions')}
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item onClick={() => onAction('edit', person)} data-testid="person-edit">
                        {t('people.menu.edit')}
                      </Menu.Item>
                      <Menu.Divider />
                      <Menu.Item
                        disabled={!active}
                        onClick={() => onAction('copyLink', person)}
                        data-testid="person-copy-link"
                      >
                        {t('people.menu.copyLink')}
                      </Menu.Item>
                      <Menu.Item
                        disabled={!active}
                        onClick={() => onAction('showQr', person)}
                        data-testid="person-show-qr"
                      >
                        {t('people.menu.showQr')}
                      </Menu.Item>
                      <Menu.Item
                        onClick={() => onAction('reissueLink', person)}
                        data-testid="person-reissue-link"
                      >
                        {t('people.menu.reissueLink')}
                      </Menu.Item>
                      <Menu.Item
                        color="red"
                        disabled={!active}
                        onClick={() => onAction('revokeLink', person)}
                        data-testid="person-revoke-link"
                      >
                        {t('people.menu.revokeLink')}
                      </Menu.Item>
                      <Menu.Divider />
                      <Menu.Item
                        onClick={() => onAction('reissueBadge', person)}
                        data-testid="person-reissue-badge"
                      >
                        {t('people.menu.reissueBadge')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
