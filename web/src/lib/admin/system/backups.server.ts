// The backups panel of the System page: the last run and a page of recent runs (`?backups=<cursor>` for older
// ones), and its "Back up now" form action. The admin guard is the panels' (panels.ts).
import { fail } from '@sveltejs/kit';
import { AdminBackupsDocument, RunBackupDocument } from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import type { Panel } from './panels';

const PAGE = 10;

export const backupPanel = {
  load: async (event) => {
    const after = event.url.searchParams.get('backups');
    return gql(event, AdminBackupsDocument, { first: PAGE, after });
  },
  actions: {
    runBackup: async (event) => {
      const { runBackup } = await gql(event, RunBackupDocument, {});
      if (runBackup.__typename === 'InputError') return fail(409, { backupError: runBackup.message });
      return { backupStarted: runBackup.id };
    },
  },
} satisfies Panel<unknown>;
