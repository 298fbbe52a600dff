// The words of this site's subject, for the tests that keep them out of src/ and out of sites
// made from other timelines (tests/unit/no-subject.test.ts, tests/build/import-replace.test.ts).

/** Words of this site's subject: its region, period, states, armies and calendars as prose. */
export const SUBJECT = /Northeast Asia|1895[–-]1948|Kwantung|Manchuria|Manchukuo|Meiji|Taish[oō]|Sh[oō]wa|Japan's|Russia|Soviet|USSR|Shimonoseki|Khabarovsk|Khalkhin|Nomonhan|Port Arthur|First World War|Second World War|Japanese era/;
