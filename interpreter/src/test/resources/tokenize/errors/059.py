x = b"é
