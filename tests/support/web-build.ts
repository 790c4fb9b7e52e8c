// The e2e tests serve the real production build of the web app.
import { ensureWebBuild } from '../../web/scripts/ensure-build.ts';

export default function setup() {
  ensureWebBuild();
}
