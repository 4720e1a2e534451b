<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the plan</source>
        <translation>I-back up ang plano</translation>
    </message>
    <message>
        <source>Saves everything you set up (shift types, rotations, changes, goals, habits, settings) in one plan file. Keep it somewhere safe; Restore reads it back.</source>
        <translation>Sine-save nito lahat ng na-set up mo (shift type, rotation, pagbabago, goal, habit, settings) sa iisang plan file. Itago ito sa ligtas na lugar; babasahin ulit ito ng I-restore.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>I-save sa:</translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation>Mga plan file (*.json)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Pumili kung saan ise-save ang file.</translation>
    </message>
</context>
<context>
    <name>BlockActions</name>
    <message>
        <source>Resize block</source>
        <translation>pagbago ng haba ng block</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>paglipat ng block</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>pag-delete ng block</translation>
    </message>
</context>
<context>
    <name>BlockMenu</name>
    <message>
        <source>Done</source>
        <translation>Tapos na</translation>
    </message>
    <message>
        <source>It happened: study counts toward the goal, and the block stays put</source>
        <translation>Nangyari na: bilang ang aral sa goal, at hindi na gagalaw ang block</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>I-skip</translation>
    </message>
    <message>
        <source>Not this time: remove it, and do not plan it again this week</source>
        <translation>Hindi muna ngayon: alisin ito, at huwag nang i-plan ulit ngayong linggo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>I-delete</translation>
    </message>
    <message>
        <source>Remove it here: the planner finds another time</source>
        <translation>Alisin dito: hahanap ng ibang oras ang planner</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>I-unlock</translation>
    </message>
    <message>
        <source>Let the planner move it again</source>
        <translation>Hayaang ilipat ulit ng planner</translation>
    </message>
</context>
<context>
    <name>CycleEditor</name>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Day {0} of the cycle: click to change (rest, then each shift)</source>
        <translation>Araw {0} ng cycle: i-click para palitan (rest, tapos bawat shift)</translation>
    </message>
</context>
<context>
    <name>DayChangeDialog</name>
    <message>
        <source>Change a day</source>
        <translation>Baguhin ang isang araw</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Petsa:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Ngayon:</translation>
    </message>
    <message>
        <source>e.g. swapped with Ben</source>
        <translation>hal. nakipagpalit kay Ben</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>vacation leave</source>
        <translation>vacation leave</translation>
    </message>
    <message>
        <source>sick leave</source>
        <translation>sick leave</translation>
    </message>
    <message>
        <source>emergency leave</source>
        <translation>emergency leave</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>holiday</translation>
    </message>
    <message>
        <source> h after the shift</source>
        <translation> h pagkatapos ng shift</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hanggang</translation>
    </message>
    <message>
        <source>Work another shift</source>
        <translation>Ibang shift</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>Rest day</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>OT</translation>
    </message>
    <message>
        <source>Extra shift</source>
        <translation>Extra shift</translation>
    </message>
    <message>
        <source>There are no shift types yet; add one first.</source>
        <translation>Wala pang shift type; magdagdag muna ng isa.</translation>
    </message>
    <message>
        <source>This is a rest day; choose “Work another shift” instead.</source>
        <translation>Rest day ito; piliin na lang ang “Ibang shift”.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list or type an IANA name.</source>
        <translation>Pumili ng time zone sa listahan o i-type ang IANA name.</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>rest day</translation>
    </message>
    <message>
        <source>(changed: {0})</source>
        <translation>(binago: {0})</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation>hindi kilalang time zone</translation>
    </message>
</context>
<context>
    <name>DayMenu</name>
    <message>
        <source>Work {shift}</source>
        <translation>Pasok sa {shift}</translation>
    </message>
    <message>
        <source>Rest day (off)</source>
        <translation>Rest day (off)</translation>
    </message>
    <message>
        <source>Back to the rotation</source>
        <translation>Ibalik sa rotation</translation>
    </message>
    <message>
        <source>Remove the one-off change ({change})</source>
        <translation>Alisin ang minsanang pagbabago ({change})</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>OT</translation>
    </message>
    <message>
        <source>Work {shift} as overtime</source>
        <translation>Pasok sa {shift} bilang OT</translation>
    </message>
    <message>
        <source>{hours} h after the shift</source>
        <translation>{hours} h pagkatapos ng shift</translation>
    </message>
    <message>
        <source>{hours} h overtime</source>
        <translation>{hours} h na OT</translation>
    </message>
    <message>
        <source>Remove {shift}</source>
        <translation>Alisin ang {shift}</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>rest day</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <source>expected an object, got {value}</source>
        <translation>dapat object, pero {value} ang nakalagay</translation>
    </message>
    <message>
        <source>unknown key (known keys: {known})</source>
        <translation>hindi kilalang key (mga kilalang key: {known})</translation>
    </message>
    <message>
        <source>expected a list, got {value}</source>
        <translation>dapat list, pero {value} ang nakalagay</translation>
    </message>
    <message>
        <source>expected text, got {value}</source>
        <translation>dapat text, pero {value} ang nakalagay</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>hindi puwedeng walang laman</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>dapat number, pero {value} ang nakalagay</translation>
    </message>
    <message>
        <source>{value} is out of range ({low} to {high})</source>
        <translation>lampas sa range ang {value} ({low} hanggang {high})</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>dapat buong number, pero {value} ang nakalagay</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>dapat true o false, pero {value} ang nakalagay</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date; use YYYY-MM-DD</source>
        <translation>hindi petsa ang &quot;{text}&quot;; gamitin ang YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a real date</source>
        <translation>walang ganitong petsa: &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time of day; use HH:MM, e.g. &quot;09:00&quot;</source>
        <translation>hindi oras ang &quot;{text}&quot;; gamitin ang HH:MM, hal. &quot;09:00&quot;</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time of day; hours run 00-23 and minutes 00-59</source>
        <translation>hindi oras ang &quot;{text}&quot;; 00-23 lang ang oras at 00-59 ang minuto</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a local date-time; use YYYY-MM-DDTHH:MM</source>
        <translation>hindi local na petsa at oras ang &quot;{text}&quot;; gamitin ang YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a real date and time</source>
        <translation>walang ganitong petsa at oras: &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>unknown time zone &quot;{name}&quot;</source>
        <translation>hindi kilalang time zone &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a colour; use #rrggbb</source>
        <translation>hindi kulay ang &quot;{text}&quot;; gamitin ang #rrggbb</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not one of: {choices}</source>
        <translation>wala sa mga puwede ang &quot;{text}&quot;: {choices}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>kailangan ito</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is listed twice</source>
        <translation>dalawang beses nakalista ang &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>not valid JSON at {where}: {reason}</source>
        <translation>hindi valid na JSON sa {where}: {reason}</translation>
    </message>
    <message>
        <source>not a plan file: nested too deeply</source>
        <translation>hindi plan file: sobrang lalim ng pagkaka-nest</translation>
    </message>
    <message>
        <source>expected &quot;{format}&quot;</source>
        <translation>dapat &quot;{format}&quot;</translation>
    </message>
    <message>
        <source>version {version} is newer than this app understands (it reads version {known})</source>
        <translation>mas bago ang version {version} kaysa kaya ng app na ito (version {known} lang ang nababasa nito)</translation>
    </message>
    <message>
        <source>&quot;off&quot; is reserved for rest days; pick another id</source>
        <translation>para sa rest day lang ang &quot;off&quot;; pumili ng ibang id</translation>
    </message>
    <message>
        <source>a cycle needs at least one day</source>
        <translation>kailangan ng kahit isang araw ang cycle</translation>
    </message>
    <message>
        <source>a cycle of {days} days is longer than a year</source>
        <translation>lampas sa isang taon ang cycle na {days} araw</translation>
    </message>
    <message>
        <source>{end} is before start_date {start}</source>
        <translation>mas maaga ang {end} kaysa sa start_date na {start}</translation>
    </message>
    <message>
        <source>unknown shift type &quot;{entry}&quot; (known: {known}, or &quot;off&quot;)</source>
        <translation>hindi kilalang shift type &quot;{entry}&quot; (mga kilala: {known}, o &quot;off&quot;)</translation>
    </message>
    <message>
        <source>none defined</source>
        <translation>wala pang naka-set</translation>
    </message>
    <message>
        <source>ends at or before its start ({start})</source>
        <translation>natatapos bago o kasabay ng simula nito ({start})</translation>
    </message>
    <message>
        <source>a duty of {hours} h is longer than {limit} h</source>
        <translation>lampas sa {limit} h ang duty na {hours} h</translation>
    </message>
    <message>
        <source>{value} is shorter than {field} ({limit})</source>
        <translation>mas maikli ang {value} kaysa sa {field} ({limit})</translation>
    </message>
    <message>
        <source>{value} is longer than {field} ({limit})</source>
        <translation>mas mahaba ang {value} kaysa sa {field} ({limit})</translation>
    </message>
    <message>
        <source>needs a clock window such as &quot;window&quot;: &quot;18:00-21:00&quot; (a relative window takes ideal_minutes)</source>
        <translation>kailangan ng clock window gaya ng &quot;window&quot;: &quot;18:00-21:00&quot; (ideal_minutes ang gamit ng relative window)</translation>
    </message>
    <message>
        <source>is required (or both min_minutes and max_minutes)</source>
        <translation>kailangan ito (o pareho ang min_minutes at max_minutes)</translation>
    </message>
    <message>
        <source>give the ideal time once, here or beside the window</source>
        <translation>isang beses lang ilagay ang ideal time, dito o katabi ng window</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a window; use &quot;HH:MM-HH:MM&quot;, e.g. &quot;18:00-21:00&quot;</source>
        <translation>hindi window ang &quot;{text}&quot;; gamitin ang &quot;HH:MM-HH:MM&quot;, hal. &quot;18:00-21:00&quot;</translation>
    </message>
    <message>
        <source>the window {window} is {length} min, shorter than a {session}-minute session</source>
        <translation>{length} min lang ang window na {window}, mas maikli sa session na {session} minuto</translation>
    </message>
    <message>
        <source>ideal {ideal} is outside {window}</source>
        <translation>nasa labas ng {window} ang ideal na {ideal}</translation>
    </message>
    <message>
        <source>give &quot;after&quot; or &quot;before&quot;, not both</source>
        <translation>ilagay ang &quot;after&quot; o &quot;before&quot;, hindi pareho</translation>
    </message>
    <message>
        <source>from {nearer} to {farther} min leaves no room for a {session}-minute session</source>
        <translation>walang lugar para sa session na {session} minuto mula {nearer} hanggang {farther} min</translation>
    </message>
    <message>
        <source>{size} bytes is too large for a {kind} (limit {limit})</source>
        <translation>masyadong malaki ang {size} bytes para sa {kind} (limit {limit})</translation>
    </message>
    <message>
        <source>not UTF-8 text; save the file as UTF-8</source>
        <translation>hindi UTF-8 na text; i-save ang file bilang UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>walang laman ang file</translation>
    </message>
    <message>
        <source>a binary file, not a {kind}</source>
        <translation>binary file ito, hindi {kind}</translation>
    </message>
    <message>
        <source>a web page (HTML), not a {kind}; the download link may have expired or need a login</source>
        <translation>web page (HTML) ito, hindi {kind}; baka expired na ang download link o kailangan munang mag-login</translation>
    </message>
    <message>
        <source>ends ({end}) at or before it starts ({start})</source>
        <translation>natatapos ({end}) bago o kasabay ng simula ({start})</translation>
    </message>
    <message>
        <source>lasts {hours} h, longer than {limit} h</source>
        <translation>tumatagal nang {hours} h, lampas sa {limit} h</translation>
    </message>
    <message>
        <source>roster file (.csv)</source>
        <translation>roster file (.csv)</translation>
    </message>
    <message>
        <source>&quot;{part}&quot; should look like role=Header</source>
        <translation>dapat ganito ang itsura ng &quot;{part}&quot;: role=Header</translation>
    </message>
    <message>
        <source>unknown role &quot;{role}&quot; (known: {known})</source>
        <translation>hindi kilalang role &quot;{role}&quot; (mga kilala: {known})</translation>
    </message>
    <message>
        <source>more than {limit} duties in one file</source>
        <translation>lampas sa {limit} na duty sa iisang file</translation>
    </message>
    <message>
        <source>a quoted value is not closed</source>
        <translation>may value na may quote na hindi naisara</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>hindi mabasa ({reason})</translation>
    </message>
    <message>
        <source>no column &quot;{header}&quot; for {role}</source>
        <translation>walang column na &quot;{header}&quot; para sa {role}</translation>
    </message>
    <message>
        <source>no start and end columns found (headers: {headers}); name them with --columns start=...,end=...</source>
        <translation>walang nakitang start at end na column (mga header: {headers}); pangalanan sila gamit ang --columns start=...,end=...</translation>
    </message>
    <message>
        <source>no date and no times</source>
        <translation>walang petsa at walang oras</translation>
    </message>
    <message>
        <source>no {what} time</source>
        <translation>walang {what} time</translation>
    </message>
    <message>
        <source>{what} &quot;{text}&quot; has no date and the row has no date column</source>
        <translation>walang petsa ang {what} &quot;{text}&quot; at walang date column ang row</translation>
    </message>
    <message>
        <source>{what} &quot;{text}&quot; is not a real date</source>
        <translation>walang ganitong petsa: {what} &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>{what} &quot;{text}&quot; is not a date; use YYYY-MM-DD or M/D/YYYY</source>
        <translation>hindi petsa ang {what} &quot;{text}&quot;; gamitin ang YYYY-MM-DD o M/D/YYYY</translation>
    </message>
    <message>
        <source>{what} &quot;{text}&quot; is not a time; use HH:MM or H:MM AM/PM</source>
        <translation>hindi oras ang {what} &quot;{text}&quot;; gamitin ang HH:MM o H:MM AM/PM</translation>
    </message>
    <message>
        <source>{what} &quot;{text}&quot;: hour {hour} with AM/PM</source>
        <translation>{what} &quot;{text}&quot;: oras na {hour} na may AM/PM</translation>
    </message>
    <message>
        <source>{what} &quot;{text}&quot; is not a time of day</source>
        <translation>hindi oras ang {what} &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>more than one RRULE</source>
        <translation>higit sa isang RRULE</translation>
    </message>
    <message>
        <source>the RRULE cannot be read</source>
        <translation>hindi mabasa ang RRULE</translation>
    </message>
    <message>
        <source>calendar file (.ics)</source>
        <translation>calendar file (.ics)</translation>
    </message>
    <message>
        <source>&quot;{label}&quot; is cancelled, left out</source>
        <translation>&quot;{label}&quot; ay cancelled, hindi isinama</translation>
    </message>
    <message>
        <source>&quot;{label}&quot; is an all-day event, left out</source>
        <translation>&quot;{label}&quot; ay buong-araw na event, hindi isinama</translation>
    </message>
    <message>
        <source>&quot;{label}&quot; repeats without end; read up to {last}</source>
        <translation>&quot;{label}&quot; ay umuulit nang walang katapusan; binasa hanggang {last}</translation>
    </message>
    <message>
        <source>not an iCalendar file: it does not start with BEGIN:VCALENDAR</source>
        <translation>hindi iCalendar file: hindi ito nagsisimula sa BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>{count} events are too many (limit {limit})</source>
        <translation>sobrang dami ng {count} na event (limit {limit})</translation>
    </message>
    <message>
        <source>the file holds more than {limit} events</source>
        <translation>lampas sa {limit} na event ang laman ng file</translation>
    </message>
    <message>
        <source>not a readable iCalendar file ({reason})</source>
        <translation>hindi mabasang iCalendar file ({reason})</translation>
    </message>
    <message>
        <source>no complete VCALENDAR in the file; is it cut off?</source>
        <translation>walang buong VCALENDAR sa file; baka naputol ito?</translation>
    </message>
    <message>
        <source>the event has no UID</source>
        <translation>walang UID ang event</translation>
    </message>
    <message>
        <source>the event has no DTSTART (start time)</source>
        <translation>walang DTSTART (start time) ang event</translation>
    </message>
    <message>
        <source>DTEND is a date but DTSTART has a time</source>
        <translation>petsa lang ang DTEND pero may oras ang DTSTART</translation>
    </message>
    <message>
        <source>the event has no DTEND or DURATION (end time)</source>
        <translation>walang DTEND o DURATION (end time) ang event</translation>
    </message>
    <message>
        <source>the event ends at or before it starts</source>
        <translation>natatapos ang event bago o kasabay ng simula nito</translation>
    </message>
    <message>
        <source>RDATE with dates or periods instead of times is not supported</source>
        <translation>hindi supported ang RDATE na petsa o period imbes na oras</translation>
    </message>
    <message>
        <source>{name} holds a value that is not a date or time</source>
        <translation>may value ang {name} na hindi petsa o oras</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <translation>hindi mabasa ang {name} ({reason})</translation>
    </message>
    <message>
        <source>unknown time zone &quot;{name}&quot; and no VTIMEZONE for it</source>
        <translation>hindi kilalang time zone &quot;{name}&quot; at walang VTIMEZONE para dito</translation>
    </message>
    <message>
        <source>repeat rule part {part} is not supported</source>
        <translation>hindi suportado ang bahaging {part} ng repeat rule</translation>
    </message>
    <message>
        <source>repeat frequency &quot;{frequency}&quot; is not supported for rosters</source>
        <translation>hindi suportado para sa roster ang repeat frequency na &quot;{frequency}&quot;</translation>
    </message>
    <message>
        <source>repeats more than {limit} times</source>
        <translation>umuulit nang higit sa {limit} beses</translation>
    </message>
    <message>
        <source>{name} &quot;{value}&quot; is not a whole number</source>
        <translation>hindi buong numero ang {name} na &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>{name} {number} is out of range ({low} to {high})</source>
        <translation>labas sa saklaw ang {name} {number} ({low} hanggang {high})</translation>
    </message>
    <message>
        <source>UNTIL &quot;{value}&quot; is not a date</source>
        <translation>hindi petsa ang UNTIL na &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a weekday (MO to SU)</source>
        <translation>hindi araw ng linggo ang &quot;{text}&quot; (MO hanggang SU)</translation>
    </message>
    <message>
        <source>BYDAY &quot;{text}&quot; has ordinal 0</source>
        <translation>may ordinal na 0 ang BYDAY na &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>BYMONTHDAY 0 does not exist</source>
        <translation>walang BYMONTHDAY 0</translation>
    </message>
    <message>
        <source>{name} is not a date or a date-time</source>
        <translation>hindi petsa o petsa at oras ang {name}</translation>
    </message>
    <message>
        <source>{name} is not a duration</source>
        <translation>hindi haba ng oras ang {name}</translation>
    </message>
    <message>
        <source>{name} is not a whole number</source>
        <translation>hindi buong numero ang {name}</translation>
    </message>
    <message>
        <source>not an iCalendar file ({reason})</source>
        <translation>hindi iCalendar file ({reason})</translation>
    </message>
    <message>
        <source>not written by Shift Planner</source>
        <translation>hindi gawa ng Shift Planner</translation>
    </message>
    <message>
        <source>an event in it is damaged ({reason})</source>
        <translation>may sirang event dito ({reason})</translation>
    </message>
    <message>
        <source>cannot read it ({reason})</source>
        <translation>hindi ito mabasa ({reason})</translation>
    </message>
    <message>
        <source>cannot write it ({reason})</source>
        <translation>hindi ito ma-save ({reason})</translation>
    </message>
    <message>
        <source>{size} bytes is too large (limit {limit} bytes)</source>
        <translation>masyadong malaki ang {size} bytes (limit {limit} bytes)</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte})</source>
        <translation>hindi UTF-8 na text (byte {byte})</translation>
    </message>
    <message>
        <source>{size} bytes is too large (limit {limit})</source>
        <translation>masyadong malaki ang {size} bytes (limit {limit})</translation>
    </message>
    <message>
        <source>the file holds no timed events to import as shifts</source>
        <translation>walang event na may oras sa file na puwedeng i-import bilang shift</translation>
    </message>
    <message>
        <source>the file covers {first} to {last}; import at most {limit} days at a time</source>
        <translation>sakop ng file ang {first} hanggang {last}; hanggang {limit} araw lang ang puwedeng i-import kada beses</translation>
    </message>
    <message>
        <source>the imported roster does not fit the plan: {problem}</source>
        <translation>hindi tugma sa plano ang na-import na roster: {problem}</translation>
    </message>
    <message>
        <source>the file holds no timed events to import as busy time</source>
        <translation>walang event na may oras sa file na puwedeng i-import bilang busy time</translation>
    </message>
    <message>
        <source>choose at least one layer to export</source>
        <translation>pumili ng kahit isang layer na ie-export</translation>
    </message>
    <message>
        <source>--alarm-minutes {minutes} is out of range (0 to {limit})</source>
        <translation>lampas sa range ang --alarm-minutes {minutes} (0 hanggang {limit})</translation>
    </message>
    <message>
        <source>nothing to export from {first} to {last} in the layers {layers}</source>
        <translation>walang mae-export mula {first} hanggang {last} sa mga layer na {layers}</translation>
    </message>
    <message>
        <source>is a folder; use --split to write one file per layer</source>
        <translation>folder ito; gamitin ang --split para isang file kada layer</translation>
    </message>
    <message>
        <source>an existing file too large to be an earlier export</source>
        <translation>may file na rito na masyadong malaki para maging dating export</translation>
    </message>
    <message>
        <source>already exists and is {problem}; choose another file name (an export only replaces its own earlier files)</source>
        <translation>may file na rito at {problem}; pumili ng ibang pangalan ng file (sariling dating export lang ang pinapalitan ng export)</translation>
    </message>
    <message>
        <source>{day} is a rest day; give it a shift instead of overtime</source>
        <translation>Rest day ang {day}; bigyan muna ito ng shift sa halip na OT</translation>
    </message>
    <message>
        <source>{day} was changed elsewhere; reload the plan</source>
        <translation>Nabago na ang {day} sa ibang lugar; i-reload ang plan</translation>
    </message>
    <message>
        <source>that extra shift was changed elsewhere; reload the plan</source>
        <translation>nabago na ang extra shift na iyon sa ibang lugar; i-reload ang plan</translation>
    </message>
    <message>
        <source>could not save the change ({reason})</source>
        <translation>hindi na-save ang pagbabago ({reason})</translation>
    </message>
    <message>
        <source>the plan was changed elsewhere; reload the plan</source>
        <translation>nabago na ang plan sa ibang lugar; i-reload ang plan</translation>
    </message>
    <message>
        <source>This sleep</source>
        <translation>tulog na ito</translation>
    </message>
    <message>
        <source>This nap</source>
        <translation>nap na ito</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>maililipat</translation>
    </message>
    <message>
        <source>resized</source>
        <translation>mababago ang haba</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>malalaktawan</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>mabubura</translation>
    </message>
    <message>
        <source>{block} can last {low} to {high} minutes, not {minutes}</source>
        <translation>Ang {block} ay puwedeng tumagal nang {low} hanggang {high} minuto, hindi {minutes}</translation>
    </message>
    <message>
        <source>{block} is already done</source>
        <translation>Tapos na ang {block}</translation>
    </message>
    <message>
        <source>{block} has not started yet; mark it done afterwards</source>
        <translation>Hindi pa nagsisimula ang {block}; markahan itong tapos pagkatapos</translation>
    </message>
    <message>
        <source>{block} is not locked</source>
        <translation>Hindi naka-lock ang {block}</translation>
    </message>
    <message>
        <source>{block} is done and stays where it happened; not {verb}</source>
        <translation>Tapos na ang {block} at mananatili kung kailan ito nangyari; hindi ito {verb}</translation>
    </message>
    <message>
        <source>{block} follows your shifts and cannot be {verb}; drag it to change it</source>
        <translation>Sumusunod ang {block} sa mga shift mo kaya hindi ito {verb}; i-drag ito para baguhin</translation>
    </message>
    <message>
        <source>the planned blocks were changed elsewhere; reload the plan</source>
        <translation>nabago na ang mga naka-plano na block sa ibang lugar; i-reload ang plan</translation>
    </message>
    <message>
        <source>{block} is no longer on the plan; reload the week</source>
        <translation>Wala na sa plan ang {block}; i-reload ang linggo</translation>
    </message>
    <message>
        <source>not a Shift Planner store ({reason})</source>
        <translation>hindi Shift Planner store ({reason})</translation>
    </message>
    <message>
        <source>the stored plan is damaged: {problem}</source>
        <translation>sira ang naka-save na plano: {problem}</translation>
    </message>
    <message>
        <source>made by a newer Shift Planner (schema {version}; this app knows {known}); update the app to open it</source>
        <translation>gawa ito ng mas bagong Shift Planner (schema {version}; {known} lang ang alam ng app na ito); i-update ang app para mabuksan ito</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Google Calendar drops reminders from imported files; set default notifications on the calendar there instead.</source>
        <translation>Tinatanggal ng Google Calendar ang reminder sa mga in-import na file; doon na lang mag-set ng default na notification sa calendar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Getting it onto your phone&lt;/b&gt;&lt;br&gt;&lt;b&gt;Google Calendar:&lt;/b&gt; on a computer, open calendar.google.com, Settings, Import &amp;amp; export, and import the file (the phone app cannot import).&lt;br&gt;&lt;b&gt;iPhone:&lt;/b&gt; mail the file to yourself, open it in Mail and tap &lt;i&gt;Add All&lt;/i&gt;.&lt;br&gt;&lt;b&gt;Outlook, Samsung, Thunderbird:&lt;/b&gt; open the file.&lt;br&gt;Exporting again to the same place updates the events instead of duplicating them.</source>
        <translation>&lt;b&gt;Paano ilagay sa phone&lt;/b&gt;&lt;br&gt;&lt;b&gt;Google Calendar:&lt;/b&gt; sa computer, buksan ang calendar.google.com, Settings, Import &amp;amp; export, at i-import ang file (hindi nakakapag-import ang phone app).&lt;br&gt;&lt;b&gt;iPhone:&lt;/b&gt; i-email ang file sa sarili mo, buksan sa Mail at i-tap ang &lt;i&gt;Add All&lt;/i&gt;.&lt;br&gt;&lt;b&gt;Outlook, Samsung, Thunderbird:&lt;/b&gt; buksan lang ang file.&lt;br&gt;Kapag nag-export ulit sa parehong lugar, maa-update ang mga event at hindi madodoble.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabaho</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Tulog</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Aral</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Self-care</translation>
    </message>
    <message>
        <source>Export to phone</source>
        <translation>I-export sa phone</translation>
    </message>
    <message>
        <source> weeks from this one</source>
        <translation> linggo mula ngayong linggo</translation>
    </message>
    <message>
        <source>Weeks:</source>
        <translation>Ilang linggo:</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Mga layer:</translation>
    </message>
    <message>
        <source>One calendar file per layer (each gets its own colour)</source>
        <translation>Isang calendar file bawat layer (may sariling kulay bawat isa)</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>walang reminder</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min bago</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>Reminder:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>I-save sa:</translation>
    </message>
    <message>
        <source>Choose at least one layer.</source>
        <translation>Pumili ng kahit isang layer.</translation>
    </message>
    <message>
        <source>Choose where to save.</source>
        <translation>Pumili kung saan ise-save.</translation>
    </message>
    <message>
        <source>Choose a folder, not a file.</source>
        <translation>Folder ang piliin, hindi file.</translation>
    </message>
    <message>
        <source>That is a folder; add a file name ending in .ics.</source>
        <translation>Folder iyan; lagyan ng pangalan ng file na nagtatapos sa .ics.</translation>
    </message>
    <message>
        <source>A calendar file name ends in .ics.</source>
        <translation>Dapat nagtatapos sa .ics ang pangalan ng calendar file.</translation>
    </message>
    <message>
        <source>Folder for the calendar files</source>
        <translation>Folder para sa mga calendar file</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Calendar file</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>there is no plan to export yet</source>
        <translation>wala pang planong ma-e-export</translation>
    </message>
    <message>
        <source>{path}: {new} new, {changed} changed, {unchanged} unchanged, {cancelled} cancelled</source>
        <translation>{path}: {new} bago, {changed} binago, {unchanged} walang pagbabago, {cancelled} kinansela</translation>
    </message>
</context>
<context>
    <name>FindingTexts</name>
    <message>
        <source>{name} ({start}-{end} {place} time)</source>
        <translation>{name} ({start}-{end} oras sa {place})</translation>
    </message>
    <message>
        <source>{count} shift</source>
        <translation>{count} shift</translation>
    </message>
    <message>
        <source>{count} shifts</source>
        <translation>{count} shift</translation>
    </message>
    <message>
        <source>{first} and {second} overlap by {hours} — both cannot happen.</source>
        <translation>Nagsasabay nang {hours} ang {first} at {second} — hindi puwedeng mangyari pareho.</translation>
    </message>
    <message>
        <source>Keep one: remove or move {shift} so it starts at {when} or later, or mark {day} off.</source>
        <translation>Isa lang ang itira: alisin o ilipat ang {shift} para magsimula ito nang {when} o mas huli, o gawing off ang {day}.</translation>
    </message>
    <message>
        <source>the rotation&apos;s &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; ng rotation</translation>
    </message>
    <message>
        <source>the change &apos;{name}&apos;</source>
        <translation>pagbabagong &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>the extra shift &apos;{name}&apos;</source>
        <translation>extra shift na &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>the imported shift &apos;{name}&apos;</source>
        <translation>in-import na shift na &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Only {gap} between {start} and {end} — less than the {minimum} benchmark; {sleep} after commuting.</source>
        <translation>{gap} lang ang pagitan mula {start} hanggang {end} — kulang sa {minimum} na benchmark; {sleep} pagkatapos ng commute.</translation>
    </message>
    <message>
        <source>{hours} to sleep</source>
        <translation>{hours} na lang para matulog</translation>
    </message>
    <message>
        <source>no time to sleep</source>
        <translation>wala nang oras para matulog</translation>
    </message>
    <message>
        <source>Ask to start {day} at {clock} or later{swap}{finish}.</source>
        <translation>Mag-request na magsimula sa {day} nang {clock} o mas huli{swap}{finish}.</translation>
    </message>
    <message>
        <source>, or swap that day to {type}</source>
        <translation>, o ipalit ang araw na iyon sa {type}</translation>
    </message>
    <message>
        <source>, or finish {day} by {clock}</source>
        <translation>, o tapusin ang shift sa {day} nang hindi lalampas sa {clock}</translation>
    </message>
    <message>
        <source>Only {gap} between the {before} ending {start} and the {after} starting {end} — less than the {minimum} (two nights&apos; sleep) advised for a switch between days and nights.</source>
        <translation>{gap} lang ang pagitan ng {before} na tatapos sa {start} at ng {after} na magsisimula sa {end} — kulang sa {minimum} (dalawang gabing tulog) na payo kapag lilipat mula day papuntang night o pabalik.</translation>
    </message>
    <message>
        <source>Ask to move the {after} to {moved} or later (same start time), so two nights&apos; sleep come first, or add rest days before it.</source>
        <translation>Mag-request na ilipat ang {after} sa {moved} o mas huli (parehong oras ng simula), para makadalawang gabing tulog ka muna, o magdagdag ng rest day bago nito.</translation>
    </message>
    <message>
        <source>night shift</source>
        <translation>night shift</translation>
    </message>
    <message>
        <source>morning shift</source>
        <translation>morning shift</translation>
    </message>
    <message>
        <source>mid shift</source>
        <translation>mid shift</translation>
    </message>
    <message>
        <source>evening shift</source>
        <translation>evening shift</translation>
    </message>
    <message>
        <source>{workdays} workdays in a row, {days}, with no 24 h off — the law gives a rest day after {limit} workdays.</source>
        <translation>{workdays} sunod-sunod na araw ng trabaho, {days}, nang walang 24 h na off — ayon sa batas, may rest day pagkatapos ng {limit} araw ng trabaho.</translation>
    </message>
    <message>
        <source>Ask for {due} off (24 h without work after the {ordinal} workday), and a rest day in every {cycle} days after that.</source>
        <translation>Mag-request na off ka sa {due} (24 h na walang trabaho pagkatapos ng {ordinal} na araw ng trabaho), at may rest day sa bawat {cycle} araw pagkatapos noon.</translation>
    </message>
    <message>
        <source>{number}st</source>
        <translation>ika-{number}</translation>
    </message>
    <message>
        <source>{number}nd</source>
        <translation>ika-{number}</translation>
    </message>
    <message>
        <source>{number}rd</source>
        <translation>ika-{number}</translation>
    </message>
    <message>
        <source>{number}th</source>
        <translation>ika-{number}</translation>
    </message>
    <message>
        <source>No {rest} rest from {start} to {end} ({span} of work and short breaks{longest}) — the benchmark is {rest} off in every 7 days.</source>
        <translation>Walang {rest} na pahinga mula {start} hanggang {end} ({span} ng trabaho at maiikling break{longest}) — ang benchmark ay {rest} na off sa bawat 7 araw.</translation>
    </message>
    <message>
        <source>; the longest break is {hours} ({start} - {end})</source>
        <translation>; ang pinakamahabang break ay {hours} ({start} - {end})</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} araw</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} araw</translation>
    </message>
    <message>
        <source>Ask for {rest} off in the middle of this stretch.</source>
        <translation>Mag-request ng {rest} na off sa gitna ng stretch na ito.</translation>
    </message>
    <message>
        <source>Make the break after {after} {rest} long: ask to start {day} at {clock} or later, or to add a rest day next to it.</source>
        <translation>Gawing {rest} ang break pagkatapos ng {after}: mag-request na magsimula sa {day} nang {clock} o mas huli, o magdagdag ng rest day katabi nito.</translation>
    </message>
    <message>
        <source>{count} night shifts in a row, {days} — more than {limit}; advice is 2-3 nights in a row, and never more than {high}.</source>
        <translation>{count} sunod-sunod na night shift, {days} — lampas sa {limit}; ang payo ay 2-3 gabi lang nang sunod-sunod, at hindi hihigit sa {high}.</translation>
    </message>
    <message>
        <source>Ask to make {day} a rest day, so no more than {limit} nights run together, then two nights&apos; sleep before days.</source>
        <translation>Mag-request na gawing rest day ang {day}, para hindi lumampas sa {limit} gabi nang sunod-sunod, tapos dalawang gabing tulog bago bumalik sa day shift.</translation>
    </message>
    <message>
        <source>Backward rotation without a rest day: {steps} — the body clock adapts more easily forward (morning to mid to graveyard).</source>
        <translation>Pabalik na rotation nang walang rest day: {steps} — mas madaling mag-adjust ang body clock pasulong (morning, tapos mid, tapos graveyard).</translation>
    </message>
    <message>
        <source>{before} {before_duty} then {after} {after_duty}</source>
        <translation>{before} {before_duty} tapos {after} {after_duty}</translation>
    </message>
    <message>
        <source>Ask for a rest day (24 h off) before the {day} {category} shift, or to order the run morning, mid, graveyard.</source>
        <translation>Mag-request ng rest day (24 h na off) bago ang {category} shift sa {day}, o ayusin ang pagkakasunod: morning, mid, graveyard.</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>morning</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>mid</translation>
    </message>
    <message>
        <source>graveyard</source>
        <translation>graveyard</translation>
    </message>
    <message>
        <source>{shifts} worked: {listed} — more than {limit} for {kind}.</source>
        <translation>{shifts} ang pinasukan: {listed} — lampas sa {limit} para sa {kind}.</translation>
    </message>
    <message>
        <source>{count} long shift</source>
        <translation>{count} mahabang shift</translation>
    </message>
    <message>
        <source>{count} long shifts</source>
        <translation>{count} mahabang shift</translation>
    </message>
    <message>
        <source>a night shift</source>
        <translation>isang night shift</translation>
    </message>
    <message>
        <source>a shift</source>
        <translation>isang shift</translation>
    </message>
    <message>
        <source>Ask to end the {day} shift by {clock} ({limit} worked) and move the extra hours to another day.</source>
        <translation>Mag-request na matapos ang shift sa {day} nang {clock} ({limit} na trabaho) at ilipat sa ibang araw ang sobrang oras.</translation>
    </message>
    <message>
        <source>{worked} worked in the week {first} - {last} ({shifts}) — {above}.</source>
        <translation>{worked} na trabaho sa linggong {first} - {last} ({shifts}) — {above}.</translation>
    </message>
    <message>
        <source>more than {limit}</source>
        <translation>lampas sa {limit}</translation>
    </message>
    <message>
        <source>more than {limit}, and more than {high}</source>
        <translation>lampas sa {limit}, at lampas pa sa {high}</translation>
    </message>
    <message>
        <source>Drop or shorten shifts by {excess} to stay within {limit}, e.g. the longest: {duty}.</source>
        <translation>Magbawas o magpaikli ng shift nang {excess} para hindi lumampas sa {limit}, hal. ang pinakamahaba: {duty}.</translation>
    </message>
    <message>
        <source>{left} to sleep between {start} and {end}: {gap} off{less} — below the {floor} healthy minimum (you need {need}).</source>
        <translation>{left} para matulog mula {start} hanggang {end}: {gap} na off{less} — kulang sa {floor} na healthy minimum (kailangan mo ng {need}).</translation>
    </message>
    <message>
        <source>Only {hours}</source>
        <translation>{hours} lang</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>Walang oras</translation>
    </message>
    <message>
        <source> less {first}</source>
        <translation> bawas ang {first}</translation>
    </message>
    <message>
        <source> less {first} and {second}</source>
        <translation> bawas ang {first} at {second}</translation>
    </message>
    <message>
        <source>{hours} commuting</source>
        <translation>{hours} na commute</translation>
    </message>
    <message>
        <source>{hours} personal time</source>
        <translation>{hours} na personal time</translation>
    </message>
    <message>
        <source>Ask to start {day} at {clock} or later for a full sleep, or shorten the commute that day (stay near work).</source>
        <translation>Mag-request na magsimula sa {day} nang {clock} o mas huli para buo ang tulog mo, o paikliin ang commute sa araw na iyon (tumuloy malapit sa trabaho).</translation>
    </message>
    <message>
        <source>Estimated sleep debt reaches {debt} by the {at} shift: that much less than {need} a day over the last {days} days, above the {limit} limit ({shifts}, {range}).</source>
        <translation>Aabot sa {debt} ang tantiyang sleep debt pagdating ng shift sa {at}: ganyan kakulang sa {need} kada araw sa nakaraang {days} araw, lampas sa {limit} na limit ({shifts}, {range}).</translation>
    </message>
    <message>
        <source>Sleep up to 2 h longer on your next rest days and nap before the next shift.</source>
        <translation>Matulog nang hanggang 2 h na mas mahaba sa susunod mong mga rest day at umidlip bago ang susunod na shift.</translation>
    </message>
    <message>
        <source>Sleep up to 2 h longer on your next rest days and nap before the next shift; ask to lengthen the shortest rest, {hours} from {start}.</source>
        <translation>Matulog nang hanggang 2 h na mas mahaba sa susunod mong mga rest day at umidlip bago ang susunod na shift; mag-request na habaan ang pinakamaikling pahinga, {hours} mula {start}.</translation>
    </message>
    <message>
        <source>Before the {at} shift: {problems}{more} — too little prior sleep to work safely.</source>
        <translation>Bago ang shift sa {at}: {problems}{more} — kulang ang tulog bago nito para makapagtrabaho nang ligtas.</translation>
    </message>
    <message>
        <source> ({shifts} in this run too)</source>
        <translation> (ganito rin ang {shifts} sa run na ito)</translation>
    </message>
    <message>
        <source>{count} more shift</source>
        <translation>{count} pang shift</translation>
    </message>
    <message>
        <source>{count} more shifts</source>
        <translation>{count} pang shift</translation>
    </message>
    <message>
        <source>only {hours} of sleep in the 24 h before it</source>
        <translation>{hours} lang ang tulog sa 24 h bago nito</translation>
    </message>
    <message>
        <source>only {hours} in the 48 h before it</source>
        <translation>{hours} lang sa 48 h bago nito</translation>
    </message>
    <message>
        <source>awake {awake} by its end, more than the {slept} slept in the 48 h before</source>
        <translation>gising nang {awake} pagdating ng tapos nito, mas mahaba sa {slept} na tulog sa 48 h bago nito</translation>
    </message>
    <message>
        <source>Sleep at least {nap} more before it — e.g. a nap ending shortly before you leave for the {clock} start — or ask to start it later.</source>
        <translation>Dagdagan ang tulog nang hindi bababa sa {nap} bago nito — hal. idlip na matatapos bago ka umalis para sa simula nang {clock} — o mag-request na simulan ito nang mas huli.</translation>
    </message>
    <message>
        <source>Predicted sleepiness reaches KSS {kss:.1f} at {at} during the {duty} shift{count} — 7 is sleepy, 9 is fighting sleep.</source>
        <translation>Aabot sa KSS {kss:.1f} ang tantiyang antok nang {at} sa shift na {duty}{count} — 7 ay inaantok, 9 ay nilalabanan na ang tulog.</translation>
    </message>
    <message>
        <source> ({shifts} at KSS {warn:g} or more, {days})</source>
        <translation> ({shifts} na KSS {warn:g} pataas, {days})</translation>
    </message>
    <message>
        <source>Nap 1.5-3 h before the {day} shift (e.g. {nap_start}-{nap_end}), take a 15-30 min break nap before {clock} if allowed, and avoid driving home drowsy.</source>
        <translation>Umidlip nang 1.5-3 h bago ang shift sa {day} (hal. {nap_start}-{nap_end}), umidlip nang 15-30 min sa break bago mag-{clock} kung puwede, at iwasang magmaneho pauwi nang inaantok.</translation>
    </message>
    <message>
        <source>Protect a full sleep before the {day} shift, or ask to start it later or shorten it.</source>
        <translation>Siguraduhing buo ang tulog mo bago ang shift sa {day}, o mag-request na simulan ito nang mas huli o paikliin.</translation>
    </message>
    <message>
        <source>From {day} your {name} shift starts {start}, not {before}, and ends {end} ({reason}).</source>
        <translation>Simula {day}, magsisimula ang {name} shift mo nang {start}, hindi {before}, at matatapos nang {end} ({reason}).</translation>
    </message>
    <message>
        <source>Move alarms, naps and the commute {hours} later from {day}; the shift itself has not changed.</source>
        <translation>Iusog nang {hours} mas huli ang alarm, idlip at commute simula {day}; hindi nagbago ang shift mismo.</translation>
    </message>
    <message>
        <source>Move alarms, naps and the commute {hours} earlier from {day}; the shift itself has not changed.</source>
        <translation>Iusog nang {hours} mas maaga ang alarm, idlip at commute simula {day}; hindi nagbago ang shift mismo.</translation>
    </message>
    <message>
        <source>{place} moved to daylight time</source>
        <translation>nag-daylight saving time ang {place}</translation>
    </message>
    <message>
        <source>{place} went back to standard time</source>
        <translation>bumalik sa standard time ang {place}</translation>
    </message>
    <message>
        <source>{place} changed its UTC offset</source>
        <translation>nagbago ang UTC offset ng {place}</translation>
    </message>
    <message>
        <source>Philippine law</source>
        <translation>batas ng Pilipinas</translation>
    </message>
    <message>
        <source>international benchmark</source>
        <translation>international benchmark</translation>
    </message>
    <message>
        <source>fatigue model</source>
        <translation>fatigue model</translation>
    </message>
    <message>
        <source>data error</source>
        <translation>mali sa data</translation>
    </message>
    <message>
        <source>information</source>
        <translation>impormasyon</translation>
    </message>
    <message>
        <source>two duties cannot happen at once</source>
        <translation>hindi puwedeng magsabay ang dalawang duty</translation>
    </message>
    <message>
        <source>EU Directive 2003/88/EC Art. 3 (11 h daily rest); Vedaa et al. 2016 (quick returns)</source>
        <translation>EU Directive 2003/88/EC Art. 3 (11 h na pahinga kada araw); Vedaa et al. 2016 (quick return)</translation>
    </message>
    <message>
        <source>Philippine Labor Code Art. 91 (weekly rest day)</source>
        <translation>Philippine Labor Code Art. 91 (lingguhang rest day)</translation>
    </message>
    <message>
        <source>EU Directive 2003/88/EC Art. 5 (35 h weekly rest)</source>
        <translation>EU Directive 2003/88/EC Art. 5 (35 h na lingguhang pahinga)</translation>
    </message>
    <message>
        <source>HSE shift-work guidance HSG256 (2-3 nights advised); UK rail limit 7</source>
        <translation>HSE shift-work guidance HSG256 (payo: 2-3 gabi); limit ng UK rail: 7</translation>
    </message>
    <message>
        <source>HSE HSG256: allow two nights&apos; full sleep when switching</source>
        <translation>HSE HSG256: dalawang gabing buong tulog kapag lilipat ng shift</translation>
    </message>
    <message>
        <source>HSE HSG256 and forward-rotation studies (morning -&gt; mid -&gt; night)</source>
        <translation>HSE HSG256 at mga pag-aaral sa forward rotation (morning -&gt; mid -&gt; night)</translation>
    </message>
    <message>
        <source>HSE HSG256 (12 h incl. overtime); Garde et al. 2020 (nights &lt;= 9 h)</source>
        <translation>HSE HSG256 (12 h kasama ang OT); Garde et al. 2020 (night shift &lt;= 9 h)</translation>
    </message>
    <message>
        <source>EU Directive 2003/88/EC Art. 6 (48 h); PH compressed week max 48 h</source>
        <translation>EU Directive 2003/88/EC Art. 6 (48 h); PH compressed week, max 48 h</translation>
    </message>
    <message>
        <source>AASM/SRS consensus, Watson et al. 2015 (adults need 7 h or more)</source>
        <translation>AASM/SRS consensus, Watson et al. 2015 (kailangan ng adult ang 7 h o higit pa)</translation>
    </message>
    <message>
        <source>Van Dongen et al. 2003; Belenky et al. 2003</source>
        <translation>Van Dongen et al. 2003; Belenky et al. 2003</translation>
    </message>
    <message>
        <source>Dawson &amp; McCulloch 2005 (prior sleep and wake)</source>
        <translation>Dawson &amp; McCulloch 2005 (tulog bago ang duty at tagal ng pagkagising)</translation>
    </message>
    <message>
        <source>Three-Process Model, Akerstedt &amp; Folkard 1997; Ingre et al. 2014 (KSS)</source>
        <translation>Three-Process Model, Akerstedt &amp; Folkard 1997; Ingre et al. 2014 (KSS)</translation>
    </message>
    <message>
        <source>US Energy Policy Act 2005; tz database</source>
        <translation>US Energy Policy Act 2005; tz database</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Critical</source>
        <translation>Kritikal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Mataas</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Katamtaman</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Paalala</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>What would help:</source>
        <translation>Makakatulong:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Bakit:</translation>
    </message>
    <message>
        <source>Rest and sleep checks</source>
        <translation>Check sa pahinga at tulog</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Mga finding</translation>
    </message>
    <message>
        <source>Checking rest and sleep…</source>
        <translation>Chine-check ang pahinga at tulog…</translation>
    </message>
    <message>
        <source>No rest or sleep problems this week.</source>
        <translation>Walang problema sa pahinga o tulog ngayong linggo.</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Delikado</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Nahuhuli</translation>
    </message>
    <message>
        <source>{done} of {target}</source>
        <translation>{done} sa {target}</translation>
    </message>
    <message>
        <source>{goal} progress</source>
        <translation>Progress sa {goal}</translation>
    </message>
    <message>
        <source>exam {date}</source>
        <translation>exam sa {date}</translation>
    </message>
    <message>
        <source>{done} done of {target}. Planned hours, pace and a projected finish appear once study sessions are planned.</source>
        <translation>{done} tapos na sa {target}. Lalabas ang planned na oras, pace at tantiyang tapos kapag may naka-plan nang study session.</translation>
    </message>
    <message>
        <source>not at the planned pace</source>
        <translation>hindi aabot sa planned na pace</translation>
    </message>
    <message>
        <source>Done {done} · planned {planned} · target {target}</source>
        <translation>Tapos {done} · planned {planned} · target {target}</translation>
    </message>
    <message>
        <source>The exam date has passed; if it moved, change it under Plan, Goals.</source>
        <translation>Lumipas na ang petsa ng exam; kung na-move ito, palitan sa Plano, Mga goal.</translation>
    </message>
    <message>
        <source>Pace needed {pace}/week · projected finish {finish}</source>
        <translation>Kailangang pace {pace}/linggo · tantiyang tapos {finish}</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <source>Study goals</source>
        <translation>Mga study goal</translation>
    </message>
    <message>
        <source>Add a certification goal</source>
        <translation>Magdagdag ng certification goal</translation>
    </message>
    <message>
        <source>e.g. CX certification</source>
        <translation>hal. CX certification</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hanggang</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>Magdagdag ng oras</translation>
    </message>
    <message>
        <source>Remove the time</source>
        <translation>Alisin ang oras</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Pangalan:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Exam date:</source>
        <translation>Petsa ng exam:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Mga session:</translation>
    </message>
    <message>
        <source>Preferred times:</source>
        <translation>Gustong oras:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Mga araw:</translation>
    </message>
    <message>
        <source>Done so far:</source>
        <translation>Natapos na:</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Bagong goal</translation>
    </message>
    <message>
        <source>{0} ({1:g} h by {2})</source>
        <translation>{0} ({1:g} h hanggang {2})</translation>
    </message>
    <message numerus="yes">
        <source>{0:g} h in %n session(s)</source>
        <translation>
            <numerusform>{0:g} h sa %n session</numerusform>
            <numerusform>{0:g} h sa %n session</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the goal a name.</source>
        <translation>Lagyan ng pangalan ang goal.</translation>
    </message>
    <message>
        <source>Another goal already has this name.</source>
        <translation>May ibang goal na ganito ang pangalan.</translation>
    </message>
    <message>
        <source>The longest session is shorter than the shortest.</source>
        <translation>Mas maikli ang pinakamahabang session kaysa sa pinakamaikli.</translation>
    </message>
    <message>
        <source>Change study goals</source>
        <translation>pagbabago sa mga study goal</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Certification goals</source>
        <translation>Mga certification goal</translation>
    </message>
    <message>
        <source>No study goal yet.</source>
        <translation>Wala pang study goal.</translation>
    </message>
</context>
<context>
    <name>HabitsDialog</name>
    <message>
        <source>Habits</source>
        <translation>Mga habit</translation>
    </message>
    <message>
        <source>Add a habit such as exercise or family time</source>
        <translation>Magdagdag ng habit gaya ng exercise o family time</translation>
    </message>
    <message>
        <source>e.g. Exercise</source>
        <translation>hal. Exercise</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Self-care</translation>
    </message>
    <message>
        <source>Study (kept out of the small hours)</source>
        <translation>Aral (hindi sa madaling-araw)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> times a week</source>
        <translation> beses kada linggo</translation>
    </message>
    <message>
        <source>can be shorter when the day is tight, down to</source>
        <translation>puwedeng paikliin kapag masikip ang araw, hanggang</translation>
    </message>
    <message>
        <source>can be longer if there is room, up to</source>
        <translation>puwedeng pahabain kapag may oras pa, hanggang</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>isang beses kada linggo</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Pangalan:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Uri:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Shortest:</source>
        <translation>Pinakamaikli:</translation>
    </message>
    <message>
        <source>Longest:</source>
        <translation>Pinakamahaba:</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>Gaano kadalas:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Kailan:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Mga araw:</translation>
    </message>
    <message>
        <source>New habit</source>
        <translation>Bagong habit</translation>
    </message>
    <message numerus="yes">
        <source>{0} ({1} min, %n time(s) a week)</source>
        <translation>
            <numerusform>{0} ({1} min, %n beses kada linggo)</numerusform>
            <numerusform>{0} ({1} min, %n beses kada linggo)</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the habit a name.</source>
        <translation>Lagyan ng pangalan ang habit.</translation>
    </message>
    <message>
        <source>Another habit already has this name.</source>
        <translation>May ibang habit na ganito ang pangalan.</translation>
    </message>
    <message>
        <source>The shortest session is longer than the usual {0} min.</source>
        <translation>Mas mahaba ang pinakamaikling session kaysa sa karaniwang {0} min.</translation>
    </message>
    <message>
        <source>The longest session is shorter than the usual {0} min.</source>
        <translation>Mas maikli ang pinakamahabang session kaysa sa karaniwang {0} min.</translation>
    </message>
    <message>
        <source>Change habits</source>
        <translation>pagbabago sa mga habit</translation>
    </message>
</context>
<context>
    <name>ImportRosterDialog</name>
    <message>
        <source>Import roster</source>
        <translation>I-import ang roster</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>I-import bilang:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>A .ics calendar or a .csv roster from work</source>
        <translation>Isang .ics calendar o .csv roster galing sa trabaho</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <source>Times without a zone are in:</source>
        <translation>Ang oras na walang zone ay nasa:</translation>
    </message>
    <message>
        <source>Pick the CSV columns by hand</source>
        <translation>Ikaw ang pumili ng mga CSV column</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>I-import</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Mga shift</translation>
    </message>
    <message>
        <source>Your roster from work: it becomes the roster for its dates</source>
        <translation>Roster mo galing sa trabaho: ito na ang roster mo sa mga petsang sakop nito</translation>
    </message>
    <message>
        <source>Busy time, e.g. classes or family</source>
        <translation>Busy time, hal. klase o pamilya</translation>
    </message>
    <message>
        <source>Your own appointments: study and self-care stay out of them</source>
        <translation>Sarili mong mga lakad: hindi doon ilalagay ang study at self-care</translation>
    </message>
    <message>
        <source>A .ics calendar of your classes or appointments</source>
        <translation>Isang .ics calendar ng mga klase o lakad mo</translation>
    </message>
    <message>
        <source>Rosters (*.ics *.csv);;All files (*)</source>
        <translation>Mga roster (*.ics *.csv);;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>(found by its header)</source>
        <translation>(nakita sa header)</translation>
    </message>
    <message numerus="yes">
        <source>%n new finding(s) after the import:</source>
        <translation>
            <numerusform>%n bagong finding pagkatapos ng import:</numerusform>
            <numerusform>%n bagong finding pagkatapos ng import:</numerusform>
        </translation>
    </message>
    <message>
        <source>No new findings.</source>
        <translation>Walang bagong finding.</translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) to add, from {0} to {1}.</source>
        <translation>
            <numerusform>%n busy time na idadagdag, mula {0} hanggang {1}.</numerusform>
            <numerusform>%n busy time na idadagdag, mula {0} hanggang {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) stored for that period will be replaced.</source>
        <translation>
            <numerusform>Papalitan ang %n busy time na naka-save sa panahong iyon.</numerusform>
            <numerusform>Papalitan ang %n busy time na naka-save sa panahong iyon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Busy: {0}</source>
        <translation>Busy: {0}</translation>
    </message>
    <message>
        <source>Replaced: {0}</source>
        <translation>Papalitan: {0}</translation>
    </message>
    <message>
        <source>Busy time changes no shifts; study and self-care are planned around it.</source>
        <translation>Walang shift na nababago ng busy time; sa labas nito ilalagay ang study at self-care.</translation>
    </message>
    <message>
        <source>{0} to {1}: {2} added, {3} moved, {4} removed, {5} unchanged.</source>
        <translation>{0} hanggang {1}: {2} nadagdag, {3} nalipat, {4} natanggal, {5} walang pagbabago.</translation>
    </message>
    <message>
        <source>Added: {0}</source>
        <translation>Nadagdag: {0}</translation>
    </message>
    <message>
        <source>Moved: {0} → {1}</source>
        <translation>Nalipat: {0} → {1}</translation>
    </message>
    <message>
        <source>Removed: {0}</source>
        <translation>Natanggal: {0}</translation>
    </message>
    <message>
        <source>Pick a time zone from the list or type an IANA name.</source>
        <translation>Pumili ng time zone sa listahan o i-type ang IANA name.</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Piliin ang file na ii-import.</translation>
    </message>
    <message>
        <source>Your roster already matches this file.</source>
        <translation>Tugma na ang roster mo sa file na ito.</translation>
    </message>
    <message>
        <source>This busy time is already stored.</source>
        <translation>Naka-save na ang busy time na ito.</translation>
    </message>
    <message>
        <source>Import busy time</source>
        <translation>pag-import ng busy time</translation>
    </message>
    <message>
        <source>Schedule date:</source>
        <translation>Petsa ng sched:</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Petsa ng simula:</translation>
    </message>
    <message>
        <source>Start time:</source>
        <translation>Oras ng simula:</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>Petsa ng tapos:</translation>
    </message>
    <message>
        <source>End time:</source>
        <translation>Oras ng tapos:</translation>
    </message>
    <message>
        <source>Shift name:</source>
        <translation>Pangalan ng shift:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Wika</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Sundan ang system</translation>
    </message>
    <message>
        <source>Applies the next time you open Shift Planner</source>
        <translation>Magagamit sa susunod na bukas ng Shift Planner</translation>
    </message>
    <message>
        <source>Language saved. It applies the next time you open Shift Planner.</source>
        <translation>Na-save ang wika. Magagamit ito sa susunod na bukas mo ng Shift Planner.</translation>
    </message>
</context>
<context>
    <name>ListFormDialog</name>
    <message>
        <source>Add</source>
        <translation>Idagdag</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <source>Fix “{0}” first: {1}</source>
        <translation>Ayusin muna ang “{0}”: {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your plan…</source>
        <translation>Binubuksan ang plano mo…</translation>
    </message>
    <message>
        <source>Pick a starting plan</source>
        <translation>Pumili ng panimulang plano</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>I-undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>I-redo</translation>
    </message>
    <message>
        <source>Export to phone</source>
        <translation>I-export sa phone</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tingnan</translation>
    </message>
    <message>
        <source>{shifts} shifts this week · day starts {hour}</source>
        <translation>{shifts} shift ngayong linggo · simula ng araw {hour}</translation>
    </message>
</context>
<context>
    <name>MonthStrip</name>
    <message>
        <source>Rest day</source>
        <translation>Rest day</translation>
    </message>
    <message>
        <source>Your shifts over five weeks: N graveyard, M mid, D day</source>
        <translation>Mga shift mo sa limang linggo: N graveyard, M mid, D day</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>There is no plan yet; start one first.</source>
        <translation>Wala pang plano; gumawa muna ng isa.</translation>
    </message>
</context>
<context>
    <name>PlanMenu</name>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plano</translation>
    </message>
    <message>
        <source>Shift types…</source>
        <translation>Mga shift type…</translation>
    </message>
    <message>
        <source>Add or change shift types, zones</source>
        <translation>Magdagdag o magbago ng shift type at zone</translation>
    </message>
    <message>
        <source>Rotations…</source>
        <translation>Mga rotation…</translation>
    </message>
    <message>
        <source>Pick a rotation or build your own cycle</source>
        <translation>Pumili ng rotation o gumawa ng sariling cycle</translation>
    </message>
    <message>
        <source>Change a day…</source>
        <translation>Baguhin ang isang araw…</translation>
    </message>
    <message>
        <source>Swap, rest, leave, overtime, extra shift</source>
        <translation>Swap, rest, leave, OT, extra shift</translation>
    </message>
    <message>
        <source>Goals…</source>
        <translation>Mga goal…</translation>
    </message>
    <message>
        <source>Certification goals: hours, exam date, times</source>
        <translation>Certification goal: ilang oras, petsa ng exam, kailan mag-aaral</translation>
    </message>
    <message>
        <source>Habits…</source>
        <translation>Mga habit…</translation>
    </message>
    <message>
        <source>Self-care habits: how long, how often, when</source>
        <translation>Self-care habit: gaano katagal, gaano kadalas, kailan</translation>
    </message>
    <message>
        <source>Log study…</source>
        <translation>I-log ang aral…</translation>
    </message>
    <message>
        <source>Record a study session you have done</source>
        <translation>Itala ang study session na natapos mo</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>You, your work, and the rest rules&apos; limits</source>
        <translation>Ikaw, ang trabaho mo, at ang mga limit ng rest rule</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>I-import ang roster…</translation>
    </message>
    <message>
        <source>Read your roster, or your own calendar as busy time (.ics, .csv)</source>
        <translation>Basahin ang roster mo, o ang sarili mong calendar bilang busy time (.ics, .csv)</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>I-back up…</translation>
    </message>
    <message>
        <source>Save the whole plan to a plan file</source>
        <translation>I-save ang buong plano sa isang plan file</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>I-restore…</translation>
    </message>
    <message>
        <source>Replace the plan with a backup</source>
        <translation>Palitan ang plano ng isang backup</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>I-save lahat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oo</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oo sa &amp;lahat</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hindi</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>H&amp;indi sa lahat</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Itigil</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Subukan ulit</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Balewalain</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>I-cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Itapon</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Tulong</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>I-apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>I-reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Ibalik sa default</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>I-restore ang backup</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <source>Plan file:</source>
        <translation>Plan file:</translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>Laman nito:</translation>
    </message>
    <message>
        <source>Restoring replaces the whole plan; Edit ▸ Undo brings the current one back.</source>
        <translation>Papalitan ng restore ang buong plano; maibabalik ang kasalukuyan gamit ang I-undo.</translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation>Mga plan file (*.json)</translation>
    </message>
    <message>
        <source>{0} (home zone {1}): {2} shift types, {3} rotations, {4} day changes, {5} goals, {6} habits</source>
        <translation>{0} (home zone {1}): {2} shift type, {3} rotation, {4} pagbabago sa araw, {5} goal, {6} habit</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>walang pangalan</translation>
    </message>
    <message>
        <source>Choose a plan file to restore.</source>
        <translation>Pumili ng plan file na ire-restore.</translation>
    </message>
</context>
<context>
    <name>RotationPresets</name>
    <message>
        <source>Fixed 5 on / 2 off</source>
        <translation>Fixed 5 on / 2 off</translation>
    </message>
    <message>
        <source>The same shift five days a week with two rest days (Sat-Sun unless you pick others).</source>
        <translation>Parehong shift limang araw kada linggo na may dalawang rest day (Sab-Lin kung wala kang ibang pipiliin).</translation>
    </message>
    <message>
        <source>Two weeks graveyard / two weeks day</source>
        <translation>Dalawang linggong graveyard / dalawang linggong day</translation>
    </message>
    <message>
        <source>Two 5-day weeks of graveyard, then two 5-day weeks of day shift, weekends off.</source>
        <translation>Dalawang linggong tig-5 araw na graveyard, tapos dalawang linggong tig-5 araw na day shift, off tuwing weekend.</translation>
    </message>
    <message>
        <source>4 on / 4 off</source>
        <translation>4 on / 4 off</translation>
    </message>
    <message>
        <source>Four shifts in a row, then four rest days; usually long (12-hour) shifts.</source>
        <translation>Apat na sunod-sunod na shift, tapos apat na rest day; kadalasang mahaba (12 oras) ang shift.</translation>
    </message>
    <message>
        <source>DuPont</source>
        <translation>DuPont</translation>
    </message>
    <message>
        <source>28 days of 12-hour shifts: 4 nights, 3 off, 3 days, 1 off, 3 nights, 3 off, 4 days, 7 off.</source>
        <translation>28 araw ng 12-oras na shift: 4 night, 3 off, 3 day, 1 off, 3 night, 3 off, 4 day, 7 off.</translation>
    </message>
    <message>
        <source>Panama 2-2-3</source>
        <translation>Panama 2-2-3</translation>
    </message>
    <message>
        <source>Two on, two off, three on, two off, two on, three off: every other weekend free.</source>
        <translation>Dalawang on, dalawang off, tatlong on, dalawang off, dalawang on, tatlong off: libre ang weekend kada dalawang linggo.</translation>
    </message>
    <message>
        <source>Continental</source>
        <translation>Continental</translation>
    </message>
    <message>
        <source>Fast forward rotation: two days, two mids, two graveyards, then two rest days.</source>
        <translation>Mabilis na forward rotation: dalawang day, dalawang mid, dalawang graveyard, tapos dalawang rest day.</translation>
    </message>
</context>
<context>
    <name>RotationPreview</name>
    <message>
        <source>The next four weeks (home time):</source>
        <translation>Susunod na apat na linggo (home time):</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in these weeks:</source>
        <translation>
            <numerusform>%n finding sa mga linggong ito:</numerusform>
            <numerusform>%n finding sa mga linggong ito:</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings in these weeks.</source>
        <translation>Walang finding sa mga linggong ito.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
</context>
<context>
    <name>RotationsDialog</name>
    <message>
        <source>Rotations</source>
        <translation>Mga rotation</translation>
    </message>
    <message>
        <source>Rotations over time:</source>
        <translation>Mga rotation ayon sa petsa:</translation>
    </message>
    <message>
        <source>Roster change…</source>
        <translation>Palit ng roster…</translation>
    </message>
    <message>
        <source>Start a new rotation from a date; it replaces the one before it from then</source>
        <translation>Magsimula ng bagong rotation mula sa isang petsa; papalitan nito ang nauna simula noon</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Tapos sa</translation>
    </message>
    <message>
        <source>Custom cycle (click the days)</source>
        <translation>Sariling cycle (i-click ang mga araw)</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Use this preset</source>
        <translation>Gamitin ang preset</translation>
    </message>
    <message>
        <source> days</source>
        <translation> araw</translation>
    </message>
    <message>
        <source>Starts on:</source>
        <translation>Simula sa:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <source>Cycle length:</source>
        <translation>Haba ng cycle:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Mga araw:</translation>
    </message>
    <message>
        <source>(pick a shift type)</source>
        <translation>(pumili ng shift type)</translation>
    </message>
    <message>
        <source>From {0}: {1}-day cycle</source>
        <translation>Mula {0}: {1}-araw na cycle</translation>
    </message>
    <message>
        <source>Another rotation starts on this date.</source>
        <translation>May ibang rotation na nagsisimula sa petsang ito.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Mas maaga ang tapos kaysa sa simula.</translation>
    </message>
    <message>
        <source>Add a shift type first.</source>
        <translation>Magdagdag muna ng shift type.</translation>
    </message>
    <message>
        <source>Change rotations</source>
        <translation>pagbabago sa mga rotation</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Day shift</source>
        <translation>Day shift</translation>
    </message>
    <message>
        <source>Mid shift</source>
        <translation>Mid shift</translation>
    </message>
    <message>
        <source>Graveyard shift</source>
        <translation>Graveyard shift</translation>
    </message>
</context>
<context>
    <name>RuleThresholds</name>
    <message>
        <source>daily rest benchmark between shifts</source>
        <translation>benchmark ng pahinga sa pagitan ng mga shift</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>rest gap below which a quick return is critical</source>
        <translation>pahinga na kapag mas maikli pa rito ay kritikal na ang quick return</translation>
    </message>
    <message>
        <source>workdays before a 24 h rest is due</source>
        <translation>araw ng trabaho bago dapat ang 24 h na pahinga</translation>
    </message>
    <message>
        <source>days</source>
        <translation>araw</translation>
    </message>
    <message>
        <source>weekly rest benchmark</source>
        <translation>benchmark ng lingguhang pahinga</translation>
    </message>
    <message>
        <source>night shifts in a row</source>
        <translation>sunod-sunod na night shift</translation>
    </message>
    <message>
        <source>nights</source>
        <translation>gabi</translation>
    </message>
    <message>
        <source>night shifts in a row above which the flag is high</source>
        <translation>sunod-sunod na night shift na kapag nilampasan ay mataas na ang flag</translation>
    </message>
    <message>
        <source>rest when switching days and nights</source>
        <translation>pahinga kapag lilipat mula day papuntang night o pabalik</translation>
    </message>
    <message>
        <source>worked hours in one shift</source>
        <translation>oras ng trabaho sa isang shift</translation>
    </message>
    <message>
        <source>worked hours in one night shift</source>
        <translation>oras ng trabaho sa isang night shift</translation>
    </message>
    <message>
        <source>worked hours in a Mon-Sun week</source>
        <translation>oras ng trabaho sa isang linggo (Lun-Lin)</translation>
    </message>
    <message>
        <source>weekly hours that make the flag high</source>
        <translation>lingguhang oras na nagpapataas sa flag</translation>
    </message>
    <message>
        <source>healthy sleep floor in a gap</source>
        <translation>pinakamababang healthy na tulog sa pagitan ng shift</translation>
    </message>
    <message>
        <source>sleep opportunity that is critical</source>
        <translation>oras para matulog na kritikal na</translation>
    </message>
    <message>
        <source>sleep debt over the last 7 days</source>
        <translation>sleep debt sa nakaraang 7 araw</translation>
    </message>
    <message>
        <source>sleep in the 24 h before a duty</source>
        <translation>tulog sa 24 h bago ang duty</translation>
    </message>
    <message>
        <source>sleep in the 48 h before a duty</source>
        <translation>tulog sa 48 h bago ang duty</translation>
    </message>
    <message>
        <source>predicted sleepiness worth a warning</source>
        <translation>tantiyang antok na dapat nang bigyan ng babala</translation>
    </message>
    <message>
        <source>KSS</source>
        <translation>KSS</translation>
    </message>
    <message>
        <source>predicted sleepiness that is high</source>
        <translation>tantiyang antok na mataas na</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ikaw</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabaho</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Mga rule</translation>
    </message>
    <message>
        <source>Where you live and sleep: your body clock&apos;s zone</source>
        <translation>Kung saan ka nakatira at natutulog: ang zone ng body clock mo</translation>
    </message>
    <message>
        <source> h a day</source>
        <translation> h kada araw</translation>
    </message>
    <message>
        <source> min each way</source>
        <translation> min bawat biyahe</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time in a rest gap that is neither commute nor sleep: meals, hygiene</source>
        <translation>Oras sa pahinga na hindi commute o tulog: kain, ligo</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Pangalan:</translation>
    </message>
    <message>
        <source>Home zone:</source>
        <translation>Home zone:</translation>
    </message>
    <message>
        <source>Sleep need:</source>
        <translation>Kailangang tulog:</translation>
    </message>
    <message>
        <source>Commute:</source>
        <translation>Commute:</translation>
    </message>
    <message>
        <source>Personal time:</source>
        <translation>Personal na oras:</translation>
    </message>
    <message>
        <source>How demanding the job is; the fatigue and risk index (HSE RR446) uses these.</source>
        <translation>Gaano kabigat ang trabaho; ito ang gamit ng fatigue and risk index (HSE RR446).</translation>
    </message>
    <message>
        <source>0 - light</source>
        <translation>0 - magaan</translation>
    </message>
    <message>
        <source>1 - moderate</source>
        <translation>1 - katamtaman</translation>
    </message>
    <message>
        <source>2 - high</source>
        <translation>2 - mabigat</translation>
    </message>
    <message>
        <source>3 - very high</source>
        <translation>3 - sobrang bigat</translation>
    </message>
    <message>
        <source>0 - rarely</source>
        <translation>0 - bihira</translation>
    </message>
    <message>
        <source>1 - sometimes</source>
        <translation>1 - minsan</translation>
    </message>
    <message>
        <source>2 - mostly</source>
        <translation>2 - madalas</translation>
    </message>
    <message>
        <source>3 - always</source>
        <translation>3 - palagi</translation>
    </message>
    <message>
        <source>Workload:</source>
        <translation>Bigat ng trabaho:</translation>
    </message>
    <message>
        <source>Attention needed:</source>
        <translation>Kailangang focus:</translation>
    </message>
    <message>
        <source>A break every:</source>
        <translation>Break kada:</translation>
    </message>
    <message>
        <source>Break length:</source>
        <translation>Haba ng break:</translation>
    </message>
    <message>
        <source>Longest work without a break:</source>
        <translation>Pinakamatagal na walang break:</translation>
    </message>
    <message>
        <source>Break after it:</source>
        <translation>Break pagkatapos nito:</translation>
    </message>
    <message>
        <source>The limits the rest checks use. Changed values are in bold; double-click a value to change it.</source>
        <translation>Ang mga limit na gamit ng rest check. Naka-bold ang mga binago; i-double-click ang value para palitan.</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Ibalik sa default</translation>
    </message>
    <message>
        <source>Put every rule threshold back to its default</source>
        <translation>Ibalik sa default ang lahat ng threshold ng rule</translation>
    </message>
    <message>
        <source>Pick a time zone from the list or type an IANA name.</source>
        <translation>Pumili ng time zone sa listahan o i-type ang IANA name.</translation>
    </message>
    <message>
        <source>A break cannot be as long as the time between breaks.</source>
        <translation>Hindi puwedeng kasinghaba ng break ang pagitan ng mga break.</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>pagbabago sa settings</translation>
    </message>
</context>
<context>
    <name>ShiftTypeModel</name>
    <message>
        <source>(no name)</source>
        <translation>(walang pangalan)</translation>
    </message>
</context>
<context>
    <name>ShiftTypesDialog</name>
    <message>
        <source>Give the shift a name.</source>
        <translation>Lagyan ng pangalan ang shift.</translation>
    </message>
    <message>
        <source>Another shift type already has this name.</source>
        <translation>May ibang shift type na ganito ang pangalan.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list or type an IANA name.</source>
        <translation>Pumili ng time zone sa listahan o i-type ang IANA name.</translation>
    </message>
    <message>
        <source>The break is as long as the shift ({0} min).</source>
        <translation>Kasinghaba na ng shift ang break ({0} min).</translation>
    </message>
    <message>
        <source>Shift types</source>
        <translation>Mga shift type</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Idagdag</translation>
    </message>
    <message>
        <source>Add a new shift type</source>
        <translation>Magdagdag ng bagong shift type</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <source>Remove the chosen shift type</source>
        <translation>Alisin ang napiling shift type</translation>
    </message>
    <message>
        <source>e.g. US graveyard</source>
        <translation>hal. US graveyard</translation>
    </message>
    <message>
        <source>An end at or before the start means the shift ends the next day.</source>
        <translation>Kung kapareho o mas maaga ang tapos kaysa sa simula, kinabukasan matatapos ang shift.</translation>
    </message>
    <message>
        <source>The zone the schedule is set in: your client&apos;s, or Manila.</source>
        <translation>Ang zone kung saan naka-set ang sched: sa client mo, o Manila.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Colour the shift by its time of day</source>
        <translation>Kulay ayon sa oras ng shift</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Pangalan:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Simula:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Tapos:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>Unpaid break:</source>
        <translation>Unpaid break:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Kulay:</translation>
    </message>
    <message>
        <source>At home:</source>
        <translation>Dito sa atin:</translation>
    </message>
    <message>
        <source>New shift</source>
        <translation>Bagong shift</translation>
    </message>
    <message>
        <source>Shift colour</source>
        <translation>Kulay ng shift</translation>
    </message>
    <message>
        <source>Fix “{0}” first: {1}</source>
        <translation>Ayusin muna ang “{0}”: {1}</translation>
    </message>
    <message>
        <source>In {0}: {1} now</source>
        <translation>Sa {0}: {1} ngayon</translation>
    </message>
    <message>
        <source>from {0}: {1}</source>
        <translation>mula {0}: {1}</translation>
    </message>
    <message>
        <source>no clock change ahead</source>
        <translation>walang paparating na palit ng orasan</translation>
    </message>
    <message>
        <source>Change shift types</source>
        <translation>pagbabago sa mga shift type</translation>
    </message>
    <message>
        <source>(next day)</source>
        <translation>(kinabukasan)</translation>
    </message>
    <message>
        <source>(day before)</source>
        <translation>(nakaraang araw)</translation>
    </message>
    <message>
        <source>The rotation from {0} uses this shift; change the rotation first.</source>
        <translation>Ginagamit ng rotation mula {0} ang shift na ito; baguhin muna ang rotation.</translation>
    </message>
    <message>
        <source>The change on {0} uses this shift; remove that change first.</source>
        <translation>Ginagamit ng pagbabago sa {0} ang shift na ito; alisin muna ang pagbabagong iyon.</translation>
    </message>
</context>
<context>
    <name>Starters</name>
    <message>
        <source>US account, graveyard, Sat-Sun off</source>
        <translation>US account, graveyard, off ang Sab-Lin</translation>
    </message>
    <message>
        <source>Night shift for a US client, Monday to Friday, weekends off.</source>
        <translation>Night shift para sa US client, Lunes hanggang Biyernes, off tuwing weekend.</translation>
    </message>
    <message>
        <source>Two weeks nights / two weeks days</source>
        <translation>Dalawang linggong night / dalawang linggong day</translation>
    </message>
    <message>
        <source>Two weeks of graveyard, then two weeks of day shift, weekends off.</source>
        <translation>Dalawang linggong graveyard, tapos dalawang linggong day shift, off tuwing weekend.</translation>
    </message>
    <message>
        <source>Mid shift, rotating rest days</source>
        <translation>Mid shift, paikot ang rest day</translation>
    </message>
    <message>
        <source>Six mid shifts, then two rest days, so the rest days move through the week.</source>
        <translation>Anim na mid shift, tapos dalawang rest day, kaya umuusog ang rest day sa buong linggo.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Magsimula nang blangko</translation>
    </message>
    <message>
        <source>No shifts yet: add your own shift types later.</source>
        <translation>Wala pang shift: idagdag mo na lang mamaya ang sarili mong shift type.</translation>
    </message>
</context>
<context>
    <name>StudyLogDialog</name>
    <message>
        <source>Log study</source>
        <translation>I-log ang aral</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Petsa:</translation>
    </message>
    <message>
        <source>Studied:</source>
        <translation>Inaral:</translation>
    </message>
    <message>
        <source>Done so far:</source>
        <translation>Natapos na:</translation>
    </message>
    <message>
        <source>There is no study goal yet; add one under Goals.</source>
        <translation>Wala pang study goal; magdagdag sa Mga goal.</translation>
    </message>
    <message>
        <source>{0:g} of {1:g} h</source>
        <translation>{0:g} sa {1:g} h</translation>
    </message>
    <message>
        <source>That date is still to come; log a session once done.</source>
        <translation>Hindi pa dumarating ang petsang iyan; i-log ang session kapag tapos na.</translation>
    </message>
    <message>
        <source>Log {0} min of study</source>
        <translation>I-log ang {0} min na aral</translation>
    </message>
</context>
<context>
    <name>ThresholdModel</name>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Batayan</translation>
    </message>
    <message>
        <source>{0}: {1:g} to {2:g} {3} (default {4:g}, from {5})</source>
        <translation>{0}: {1:g} hanggang {2:g} {3} (default {4:g}, mula sa {5})</translation>
    </message>
    <message>
        <source>“{0}” ({1:g}) should not be above “{2}” ({3:g}).</source>
        <translation>Hindi dapat lumampas ang “{0}” ({1:g}) sa “{2}” ({3:g}).</translation>
    </message>
</context>
<context>
    <name>WeekBoard</name>
    <message>
        <source>Sleep</source>
        <translation>Tulog</translation>
    </message>
    <message>
        <source>Nap</source>
        <translation>Idlip</translation>
    </message>
    <message>
        <source>DST: now {clock}</source>
        <translation>DST: {clock} na</translation>
    </message>
    <message>
        <source>{shift} starts {clock} from today (was {previous}): the clocks changed in {zone}, not here.</source>
        <translation>Simula ngayon, {clock} na ang pasok sa {shift} (dati {previous}): nag-iba ang orasan sa {zone}, hindi rito.</translation>
    </message>
    <message>
        <source>Week board</source>
        <translation>Board ng linggo</translation>
    </message>
    <message>
        <source>Locked: placed by you, the planner will not move it</source>
        <translation>Naka-lock: ikaw ang naglagay, hindi ito gagalawin ng planner</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tapos na</translation>
    </message>
    <message>
        <source>Drag to move, drag the lower edge to resize, right-click for more</source>
        <translation>I-drag para ilipat, i-drag ang ibabang gilid para baguhin ang haba, i-right-click para sa iba pa</translation>
    </message>
    <message>
        <source>Right-click to change this day&apos;s shift</source>
        <translation>I-right-click para palitan ang shift sa araw na ito</translation>
    </message>
</context>
<context>
    <name>WeekToolbar</name>
    <message>
        <source>Week</source>
        <translation>Linggo</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Nakaraang linggo</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ngayong linggo</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Susunod na linggo</translation>
    </message>
    <message>
        <source> Day starts </source>
        <translation> Simula ng araw </translation>
    </message>
    <message>
        <source>Go to the week of a date</source>
        <translation>Pumunta sa linggo ng isang petsa</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Pumunta sa petsa</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>The hour each column of the board starts. Auto picks an hour your shifts do not cross, so a graveyard shift is one block.</source>
        <translation>Ang oras kung kailan nagsisimula ang bawat column ng board. Sa auto, pipili ito ng oras na hindi tinatawid ng mga shift mo, kaya buo sa isang block ang graveyard shift.</translation>
    </message>
    <message>
        <source>Board day starts at</source>
        <translation>Simula ng araw sa board</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Shift Planner</source>
        <translation>Welcome sa Shift Planner</translation>
    </message>
    <message>
        <source>Pick the schedule closest to yours. You can change any day later by right-clicking it on the board.</source>
        <translation>Piliin ang sched na pinakamalapit sa iyo. Puwede mong baguhin ang kahit anong araw mamaya: i-right-click lang ito sa board.</translation>
    </message>
    <message>
        <source>Show my week</source>
        <translation>Ipakita ang linggo ko</translation>
    </message>
    <message>
        <source> min each way</source>
        <translation> min bawat biyahe</translation>
    </message>
    <message>
        <source>Where you live and sleep:</source>
        <translation>Kung saan ka nakatira at natutulog:</translation>
    </message>
    <message>
        <source>Time zone your shifts are set in:</source>
        <translation>Time zone ng sched ng shift mo:</translation>
    </message>
    <message>
        <source>Commute:</source>
        <translation>Commute:</translation>
    </message>
    <message>
        <source>Unknown home time zone &quot;{zone}&quot;</source>
        <translation>Hindi kilalang home time zone &quot;{zone}&quot;</translation>
    </message>
    <message>
        <source>Unknown shift time zone &quot;{zone}&quot;</source>
        <translation>Hindi kilalang time zone ng shift &quot;{zone}&quot;</translation>
    </message>
    <message>
        <source>An IANA time zone name, for example America/New_York</source>
        <translation>Pangalan ng IANA time zone, halimbawa America/New_York</translation>
    </message>
</context>
<context>
    <name>WindowEditor</name>
    <message>
        <source>Any free time</source>
        <translation>Kahit anong bakanteng oras</translation>
    </message>
    <message>
        <source>By the clock</source>
        <translation>Ayon sa oras</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Pagkatapos</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Bago</translation>
    </message>
    <message>
        <source>ideally at</source>
        <translation>mas mainam sa</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hanggang</translation>
    </message>
    <message>
        <source>ideally</source>
        <translation>mas mainam</translation>
    </message>
    <message>
        <source>from</source>
        <translation>mula</translation>
    </message>
</context>
<context>
    <name>ZoneCombo</name>
    <message>
        <source>Type a city or region, e.g. New York</source>
        <translation>Mag-type ng city o region, hal. New York</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>1 - most important</source>
        <translation>1 - pinakamahalaga</translation>
    </message>
    <message>
        <source>2 - important</source>
        <translation>2 - mahalaga</translation>
    </message>
    <message>
        <source>3 - normal</source>
        <translation>3 - normal</translation>
    </message>
    <message>
        <source>4 - if there is room</source>
        <translation>4 - kung may oras pa</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Kahit anong araw</translation>
    </message>
    <message>
        <source>Work days only</source>
        <translation>Sa araw ng pasok lang</translation>
    </message>
    <message>
        <source>Rest days only</source>
        <translation>Sa rest day lang</translation>
    </message>
</context>
<context>
    <name>windows</name>
    <message>
        <source>waking</source>
        <translation>paggising</translation>
    </message>
    <message>
        <source>going to sleep</source>
        <translation>pagtulog</translation>
    </message>
    <message>
        <source>the shift starts</source>
        <translation>pagsimula ng shift</translation>
    </message>
    <message>
        <source>the shift ends</source>
        <translation>pagtapos ng shift</translation>
    </message>
    <message>
        <source>any free time</source>
        <translation>kahit anong bakanteng oras</translation>
    </message>
    <message>
        <source>{0}-{1} min after {2}</source>
        <translation>{0}-{1} min pagkatapos ng {2}</translation>
    </message>
    <message>
        <source>{0}-{1} min before {2}</source>
        <translation>{0}-{1} min bago ang {2}</translation>
    </message>
    <message>
        <source>The far edge is nearer than the near edge.</source>
        <translation>Mas maaga ang dulo ng window kaysa sa simula nito.</translation>
    </message>
    <message>
        <source>The ideal start is outside the window.</source>
        <translation>Nasa labas ng window ang mas mainam na simula.</translation>
    </message>
    <message>
        <source>This window is {0} min, too short for a {1}-minute session.</source>
        <translation>{0} min lang ang window na ito, kulang para sa {1}-minutong session.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>zones</name>
    <message>
        <source>Philippines (Manila)</source>
        <translation>Pilipinas (Manila)</translation>
    </message>
    <message>
        <source>US Eastern (New York)</source>
        <translation>US Eastern (New York)</translation>
    </message>
    <message>
        <source>US Central (Chicago)</source>
        <translation>US Central (Chicago)</translation>
    </message>
    <message>
        <source>US Mountain (Denver)</source>
        <translation>US Mountain (Denver)</translation>
    </message>
    <message>
        <source>US Arizona (Phoenix)</source>
        <translation>US Arizona (Phoenix)</translation>
    </message>
    <message>
        <source>US Pacific (Los Angeles)</source>
        <translation>US Pacific (Los Angeles)</translation>
    </message>
    <message>
        <source>US Alaska (Anchorage)</source>
        <translation>US Alaska (Anchorage)</translation>
    </message>
    <message>
        <source>US Hawaii (Honolulu)</source>
        <translation>US Hawaii (Honolulu)</translation>
    </message>
    <message>
        <source>Canada Eastern (Toronto)</source>
        <translation>Canada Eastern (Toronto)</translation>
    </message>
    <message>
        <source>Canada Pacific (Vancouver)</source>
        <translation>Canada Pacific (Vancouver)</translation>
    </message>
    <message>
        <source>UK (London)</source>
        <translation>UK (London)</translation>
    </message>
    <message>
        <source>Central Europe (Berlin)</source>
        <translation>Central Europe (Berlin)</translation>
    </message>
    <message>
        <source>Australia Eastern (Sydney)</source>
        <translation>Australia Eastern (Sydney)</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <source>Japan (Tokyo)</source>
        <translation>Japan (Tokyo)</translation>
    </message>
    <message>
        <source>India (Kolkata)</source>
        <translation>India (Kolkata)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
</context>
</TS>
