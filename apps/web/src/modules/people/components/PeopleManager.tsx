import { type EventPerson, type EventSummary } from '@hadir/contracts';
import { Button, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../shared/components/ConfirmModal';
import { DownloadButton } from '../../../shared/components/DownloadButton';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { copyText } from '../../../shared/lib/clipboard';
import { filterPeople } from '../../sign-in/lib/demoPeople';
import { useCountryName } from '../../sign-in/hooks/useCountryName';
import { useEventPeople } from '../hooks/useEventPeople';
import {
  useGetInvitationLink,
  useReissueBadge,
  useReissueInvitation,
  useRevokeInvitation,
} from '../hooks/useInvitationActions';
import { InvitationLinkModal } from './InvitationLinkModal';
import { PeopleImportModal } from './PeopleImportModal';
import { type PersonAction, PeopleTable } from './PeopleTable';
import { PersonFormModal } from './PersonFormModal';

export interface PeopleManagerProps {
  event: EventSummary;
}

type Dialog =
  | { kind: 'add' }
  | { kind: 'import' }
  | { kind: 'edit'; personId: string }
  | { kind: 'confirm'; action: 'reissueLink' | 'revokeLink' | 'reissueBadge'; person: EventPerson }
  | {
      kind: 'link';
      person: EventPerson;
      url: string;
      copied: boolean | null;
      showQr: boolean;
      reissued: boolean;
    };

const englishRegionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Invitation paths are relative to wherever this Hadir is reached, which is where we are now. */
const absoluteUrl = (path: string) => new URL(path, window.location.origin).toString();

export function PeopleManager({ event }: PeopleManagerProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const people = useEventPeople(event.id);
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const getLink = useGetInvitationLink(event.id);
  const reissueLink = useReissueInvitation(event.id);
  const revokeLink = useRevokeInvitation(event.id);
  const reissueBadge = useReissueBadge(event.id);

  const shown = useMemo(() => {
    const searchNames = (code: string) => [countryName(code), englishRegionNames.of(code) ?? ''];
    return filterPeople(people.data?.people ?? [], query, searchNames);
  }, [countryName, people.data, query]);

  const handleClose = () => setDialog(null);

  const handleAction = (action: PersonAction, person: EventPerson) => {
    getLink.reset();
    switch (action) {
      case 'edit':
        setDialog({ kind: 'edit', personId: person.id });
        return;
      case 'copyLink':
      case 'showQr':
        getLink.mutate(person.id, {
          onSuccess: (link) => {
            const url = absoluteUrl(link.path);
            if (action === 'showQr') {
              setDialog({ kind: 'link', person, url, copied: null, showQr: true, reissued: false });
              return;
            }
            void copyText(url).then((copied) =>
              setDialog({ kind: 'link', person, url, copied, showQr: false, reissued: false }),
            );
          },
        });
        return;
      case 'reissueLink':
      case 'revokeLink':
      case 'reissueBadge':
        reissueLink.reset();
        revokeLink.reset();
        reissueBadge.reset();
        setDialog({ kind: 'confirm', action, person });
        return;
    }
  };

  const renderConfirm = (
    action: 'reissueLink' | 'revokeLink' | 'reissueBadge',
    person: EventPerson,
  ) => {
    switch (action) {
      case 'reissueLink':
        return (
          <ConfirmModal
            title={t('people.confirm.reissueLinkTitle', { name: person.name })}
            confirmLabel={t('people.menu.reissueLink')}
            busy={reissueLink.isPending}
            error={reissueLink.error}
            onConfirm={() =>
              reissueLink.mutate(person.id, {
                onSuccess: (link) =>
                  setDialog({
                    kind: 'link',
                    person,
                    url: absoluteUrl(link.path),
                    copied: null,
                    showQr: false,
                    reissued: true,
                  }),
              })
            }
            onClose={handleClose}
          >
            {t('people.confirm.reissueLinkBody')}
          </ConfirmModal>
        );
      case 'revokeLink':
        return (
          <ConfirmModal
            title={t('people.confirm.revokeLinkTitle', { name: person.name })}
            confirmLabel={t('people.menu.revokeLink')}
            danger
            busy={revokeLink.isPending}
            error={revokeLink.error}
            onConfirm={() => revokeLink.mutate(person.id, { onSuccess: handleClose })}
            onClose={handleClose}
          >
            {t('people.confirm.revokeLinkBody', { name: person.name })}
          </ConfirmModal>
        );
      case 'reissueBadge':
        return (
          <ConfirmModal
            title={t('people.confirm.reissueBadgeTitle', { name: person.name })}
            confirmLabel={t('people.menu.reissueBadge')}
            busy={reissueBadge.isPending}
            error={reissueBadge.error}
            onConfirm={() => reissueBadge.mutate(person.id, { onSuccess: handleClose })}
            onClose={handleClose}
          >
            {t('people.confirm.reissueBadgeBody')}
          </ConfirmModal>
        );
    }
  };

  const editing =
    dialog?.kind === 'edit'
      ? people.data?.people.find((person) => person.id === dialog.personId)
      : undefined;

  return (
    <Stack gap="sm" component="section" aria-labelledby="people-title">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} size="h3" id="people-title">
            {t('people.title')}
          </Title>
          {people.data && (
            <Text size="sm" c="dimmed" data-testid="people-count">
              {t('people.count', { count: people.data.people.length })}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          <DownloadButton
            variant="default"
            path={`/events/${event.id}/people/invitations.csv`}
            fileName="invitation-links.csv"
            data-testid="people-export-links"
          >
            {t('people.exportLinks')}
          </DownloadButton>
          <Button
            variant="default"
            onClick={() => setDialog({ kind: 'import' })}
            data-testid="people-import"
          >
            {t('people.import.open')}
          </Button>
          <Button onClick={() => setDialog({ kind: 'add' })} data-testid="people-add">
            {t('people.add')}
          </Button>
        </Group>
      </Group>
      <TextInput
        type="search"
        label={t('people.searchLabel')}
        placeholder={t('people.searchPlaceholder')}
        value={query}
        onChange={(changeEvent) => setQuery(changeEvent.currentTarget.value)}
        maw={420}
        data-testid="people-search"
      />
      {getLink.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {getLink.isError && <QueryErrorAlert error={getLink.error} />}
      {people.isPending && <Loader />}
      {people.isError && (
        <QueryErrorAlert error={people.error} onRetry={() => void people.refetch()} />
      )}
      {people.data &&
        (shown.length === 0 ? (
          <Text c="dimmed">{t('signIn.noMatches', { query })}</Text>
        ) : (
          <PeopleTable people={shown} countryName={countryName} onAction={handleAction} />
        ))}

      {dialog?.kind === 'add' && (
        <PersonFormModal event={event} person={null} onClose={handleClose} />
      )}
      {editing && (
        <PersonFormModal key={editing.id} event={event} person={editing} onClose={handleClose} />
      )}
      {dialog?.kind === 'import' && <PeopleImportModal eventId={event.id} onClose={handleClose} />}
      {dialog?.kind === 'link' && (
        <InvitationLinkModal
          person={dialog.person}
          url={dialog.url}
          copied={dialog.copied}
          showQr={dialog.showQr}
          reissued={dialog.reissued}
          onClose={handleClose}
        />
      )}
      {dialog?.kind === 'confirm' && renderConfirm(dialog.action, dialog.person)}
    </Stack>
  );
}
