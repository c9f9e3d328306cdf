# Day and month in the genitive ("5 січня"), as Ukrainian writes dates.
MONTH_DAY_FORMAT = "j E"
