-- Reserved for press_conferences; its helper replaces this file.
SELECT 1;
