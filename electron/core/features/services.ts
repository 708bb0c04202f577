// The foundation services a feature may build on, passed to each feature's handler factory.
import type { briefsService } from '../services/briefs';
import type { clientsService } from '../services/clients';
import type { paperTrailService } from '../services/paperTrail';
import type { settingsService } from '../services/settings';

export interface FoundationServices {
  clients: ReturnType<typeof clientsService>;
  briefs: ReturnType<typeof briefsService>;
  paperTrail: ReturnType<typeof paperTrailService>;
  settings: ReturnType<typeof settingsService>;
}
