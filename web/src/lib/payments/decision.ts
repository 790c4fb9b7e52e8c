/** What a refused confirm/decline action sends back (see actions.server.ts), as the forms read it. */
export interface DecisionRefused {
  decision?: string;
  orderId?: string;
  note?: string;
  fieldErrors?: Record<string, string>;
  formError?: string | null;
}
