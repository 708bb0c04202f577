// Operations of clients: list, read, create, edit and move to the trash (with their briefs and paper trail).
import { z } from 'zod';
import type { Client } from '../model/client';
import { clientFields } from '../model/client';
import { id } from '../model/common';
import type { TrashReceipt } from './trash';
import { byId, op, searchText } from './op';

export interface ClientSummary extends Client {
  openBriefCount: number;
  briefCount: number;
}

export const clientOperations = {
  list: op(z.object({ query: searchText }).strict()).returns<ClientSummary[]>(),
  get: op(byId).returns<Client>(),
  create: op(z.object({ fields: clientFields }).strict()).returns<Client>(),
  update: op(z.object({ id, fields: clientFields }).strict()).returns<Client>(),
  trash: op(byId).returns<TrashReceipt>(),
} as const;
