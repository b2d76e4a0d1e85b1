/** The columns the import reads, spelled as the organisers' spreadsheets usually spell them. */
export const IMPORT_TEMPLATE = [
  'Name,Email,Country,Organisation,Category,Attendance mode,Language,Timezone',
  'Sita Sharma,sita.sharma@example.org,Nepal,Ministry of Industry,government official,remote,en,Asia/Kathmandu',
  'Budi Santoso,budi@example.co.id,ID,Batik Santoso,business owner,in-person,Bahasa Indonesia,',
].join('\n');

export const IMPORT_TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(`${IMPORT_TEMPLATE}\n`)}`;
