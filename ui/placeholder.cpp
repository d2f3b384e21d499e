int rr_ui_placeholder = 0;
