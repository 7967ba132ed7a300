/** The Vietnamese calendar: lunar dates, public holidays, and working days for deadlines (rules from the dated table). */
export { solarToLunar, lunarToSolar, type LunarDate } from './lunar';
export { holidaysOf, weekdayOf, type HolidayRule, type DayOff } from './holidays';
export { WorkCalendar, loadWorkCalendar } from './work-calendar';
