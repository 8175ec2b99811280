// Loaded with --require into a child_process.fork child: gives it the `process.parentPort` of an Electron
// utility process (messages arrive as { data }), so backend/main.ts runs unchanged under plain Node.
const { EventEmitter } = require('node:events');

const port = new EventEmitter();
process.on('message', (data) => port.emit('message', { data }));
port.postMessage = (message) => process.send(message);
process.parentPort = port;
