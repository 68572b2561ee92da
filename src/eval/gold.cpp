int placeholder_gold;
