import type { Resolvers } from '../../graphql/generated.ts';

export const backupResolvers: Resolvers = {
  Query: {
    backups: (_, args, ctx) => ctx.services.backup.list(ctx, args),
    lastBackup: (_, __, ctx) => ctx.services.backup.last(ctx),
  },
  Mutation: {
    runBackup: (_, __, ctx) => ctx.services.backup.start(ctx, ctx.reply.log),
  },
  BackupRun: {
    sizeBytes: (run) => (run.sizeBytes === null ? null : Number(run.sizeBytes)),
    manual: (run) => run.startedById !== null,
  },
};
