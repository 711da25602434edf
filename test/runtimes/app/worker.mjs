// workerd (no nodejs_compat): the app as a Worker's fetch handler, bundled as wrangler would bundle it.
import { createApp } from './app.mjs';

const app = createApp();
export default { fetch: (request) => app(request) };
