-- Reserved for press_commissions; its helper replaces this file.
SELECT 1;
