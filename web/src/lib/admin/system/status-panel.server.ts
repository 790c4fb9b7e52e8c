// The System page's own panel: what runs, the readiness checks and the search index, with its rebuild action.
import { RebuildSearchIndexDocument, SystemStatusDocument } from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import type { Panel } from './panels';

export const statusPanel = {
  load: async (event) => (await gql(event, SystemStatusDocument)).systemStatus,
  actions: {
    rebuildSearchIndex: async (event) => {
      const { rebuildSearchIndex } = await gql(event, RebuildSearchIndexDocument);
      return { rebuildStarted: rebuildSearchIndex.startedAt };
    },
  },
} satisfies Panel<unknown>;
