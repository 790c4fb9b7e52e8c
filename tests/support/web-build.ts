// The e2e tests serve the real production build of the web app.
import { ensureWebBuild } from '../../web/scripts/ensure-build.ts';

export default function setup() {
  // Lets a developer run API tests while another build of the web app is under way.
  if (process.env.SKIP_WEB_BUILD === '1') return;
  ensureWebBuild();
}
