import type { reportVi } from '../vi/report.js';

export const reportEn: Record<keyof typeof reportVi, string> = {
  'nav.reports': 'Monthly report',

  'report.title': 'Monthly report {month}',
  'report.intro':
    'Requests received and handled in one month, Vietnam time, against the previous month. The report holds counts only, no personal data.',
  'report.pick': 'Choose a month',
  'report.month': 'Month (yyyy-mm)',
  'report.show': 'Show the report',
  'report.previousMonth': '← {month}',
  'report.nextMonth': '{month} →',
  'report.otherMonths': 'Other months',
  'report.download': 'Download Excel',
  'report.period': 'From {from} to the end of {to}.',
  'report.running': 'The month is not over: "end of month" figures are as of {asOf}.',
  'report.monthLabel': 'Month {month}',

  'report.totals': 'Summary',
  'report.figure': 'Figure',
  'report.change': 'Change',
  'report.points': '{value} pp',
  'report.total.received': 'Received (duplicates excluded)',
  'report.total.merged': 'Duplicates merged',
  'report.total.closed': 'Closed in the month',
  'report.total.closedOnTime': 'Closed on time',
  'report.total.closedLate': 'Closed late',
  'report.total.closedNoDeadline': 'Closed, no deadline',
  'report.total.onTimeRate': 'Closed on time, share',
  'report.total.medianHoursToClose': 'Median time to close (hours)',
  'report.total.openAtEnd': 'Open at the end of the month',
  'report.total.overdueAtEnd': 'Open and overdue at the end of the month',
  'report.total.answeredFromFaq': 'Answered from the FAQ',
  'report.total.escalated': 'Escalated to an agency in writing',

  'report.byChannel': 'By channel',
  'report.channel': 'Channel',
  'report.received': 'Received',
  'report.closed': 'Closed',
  'report.byTopic': 'By topic',
  'report.topic': 'Topic',
  'report.unclassified': 'Not classified',
  'report.deletedTopic': '(deleted topic)',
  'report.byAgency': 'By agency',
  'report.agency': 'Agency',
  'report.escalated': 'Escalated in writing',
  'report.answered': 'Answered',
  'report.answeredOnTime': 'Answered on time',
  'report.unansweredOverdue': 'Unanswered, overdue (end of month)',
  'report.deletedAgency': '(deleted agency)',
  'report.empty': 'No figures.',
  'report.noAgency': 'No request was escalated to an agency this month.',
  'report.byDay': 'By day',
  'report.day': 'Day',
  'report.total': 'Total',

  'report.howTitle': 'How the figures are counted',
  'report.how.received':
    'Received: requests received in the month (from 00:00 on the 1st to the end of its last day, Vietnam time); duplicates merged into another request are counted on their own line.',
  'report.how.closed':
    'On time: closed by the deadline; late: closed after it; requests without a deadline are counted apart. The on-time share counts only requests with a deadline.',
  'report.how.open':
    'End of month: requests received, not merged and not closed when the month ended; overdue when their deadline had passed.',
  'report.how.agency':
    'By agency: requests escalated to it in writing and answered by it in the month; on time when answered by the deadline in force (extensions included); unanswered and overdue: still waiting for the agency, past the deadline, at the end of the month.',
};
