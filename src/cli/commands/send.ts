import type { Command } from '../command.js';
export const send: Command = { name: 'send', summary: 'todo', usage: 'send', description: '', options: {}, positionals: { min: 0 }, examples: [], async run() { return 1; } };
