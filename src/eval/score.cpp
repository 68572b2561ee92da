int placeholder_score;
