// Node: the app on node:http through the package's toNodeListener.
import { createServer } from 'node:http';
import { toNodeListener } from 'popp-workflow-contract/webhooks';
import { createApp } from './app.mjs';

const server = createServer(toNodeListener(createApp()));
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));
