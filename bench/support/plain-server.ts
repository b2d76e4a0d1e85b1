/**
 * The baseline for bench:fanout: plain socket.io, one broadcast per vote, counts in memory. It is
 * what a server without coalescing does, stripped of everything else Hadir does per vote.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.argv[2]);
const totals = new Map<string, number>();
const http = createServer();
const io = new Server(http);

io.on('connection', (socket) => {
  socket.on('vote', (questionId: string, ack: (total: number) => void) => {
    const total = (totals.get(questionId) ?? 0) + 1;
    totals.set(questionId, total);
    io.emit('total', questionId, total);
    ack(total);
  });
});

http.listen(port, () => console.log(`plain socket.io listening on ${port}`));
