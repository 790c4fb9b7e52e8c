// The backups part of the System page: its load (last run and a page of recent runs, `?backups=<cursor>` for older
// ones) and its "Back up now" form action. The page mounts both: `...(await loadBackups(event))` in its load,
// `runBackup: runBackupAction` among its actions.
import { fail, type RequestEvent } from '@sveltejs/kit';
import { AdminBackupsDocument, RunBackupDocument } from '$lib/graphql/generated';
import { requireAdmin } from '$lib/admin/guard';
import { gql } from '$lib/server/api';

const PAGE = 10;

export async function loadBackups(event: RequestEvent) {
  requireAdmin(event);
  const after = event.url.searchParams.get('backups');
  const { lastBackup, backups } = await gql(event, AdminBackupsDocument, { first: PAGE, after });
  return { lastBackup, backups };
}

export async function runBackupAction(event: RequestEvent) {
  requireAdmin(event);
  const { runBackup } = await gql(event, RunBackupDocument, {});
  if (runBackup.__typename === 'InputError') return fail(409, { backupError: runBackup.message });
  return { backupStarted: runBackup.id };
}
