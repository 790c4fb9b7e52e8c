// An audit event as the API's AuditEntry gives it: its details as JSON text.
export const asAuditEntry = <E extends { data: unknown }>(e: E) => ({ ...e, data: JSON.stringify(e.data) });
