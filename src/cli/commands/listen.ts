import type { Command } from '../command.js';
export const listen: Command = { name: 'listen', summary: 'todo', usage: 'listen', description: '', options: {}, positionals: { min: 0 }, examples: [], async run() { return 1; } };
