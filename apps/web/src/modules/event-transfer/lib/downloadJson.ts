import { saveFile } from '../../../shared/lib/saveFile';

/** Saves `data` as a JSON file. */
export function downloadJson(fileName: string, data: unknown): void {
  saveFile(fileName, new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
}
