import type { MercuriusContext } from 'mercurius';
import type { RequestContext } from '../lib/request-context.ts';
import type { Services } from '../services.ts';

export interface GraphQLContext extends MercuriusContext, RequestContext {
  services: Services;
  /** performance.now() after which no resolver of this request starts (limits/deadline.ts). */
  deadline?: number;
}
