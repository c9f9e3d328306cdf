# Day and month in the genitive ("5 января"), as Russian writes dates.
MONTH_DAY_FORMAT = "j E"
