-- user_patch.lua without the name: title and labels change every time (one row of memberships written, none of
-- people), to tell a rename's second row from the rest of a PATCH. Run from the repository's root, as the scripts are.
rename = false
dofile("bench/user_patch.lua")
